package de.netzwerke.governance.funding;

/** Where a funding application stands (SR-3, SR-7). */
public enum FundingStatus {
    RECEIVED("Stellungnahme in Arbeit"),
    VOTING("Sprecher:innenrat stimmt ab"),
    SUPPORTED("befürwortet"),
    REJECTED("abgelehnt");

    private final String label;

    FundingStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
