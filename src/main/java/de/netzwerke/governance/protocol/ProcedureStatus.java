package de.netzwerke.governance.protocol;

/** Where a protocol stands in T-5 (the process variable {@code protocolStatus}). */
public enum ProcedureStatus {
    WRITTEN("geschrieben, Versand steht aus"),
    SENT("versandt – Einspruchsfrist läuft"),
    OBJECTED("Einspruch eingegangen – Entscheidung der einberufenden Stelle"),
    DISPUTED("strittig – Genehmigung in der nächsten Sitzung"),
    CONFIRMED("bestätigt");

    private final String label;

    ProcedureStatus(String label) { this.label = label; }

    public String label() { return label; }
}
