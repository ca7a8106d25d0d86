package de.netzwerke.governance.membership;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of joining and leaving ({@code governance.membership}): where the public pages are reached from
 * outside (for the links in e-mails), how long links stay valid, and per network the documents (W-4:
 * templates and checklists) that the welcome e-mail links.
 */
@ConfigurationProperties("governance.membership")
public class MembershipProperties {

    /** The address people reach the application at, without trailing slash (links in e-mails). */
    private String publicUrl = "http://localhost:8080";
    /** M-1: an unconfirmed application is deleted after this long; the confirmation link is valid as long. */
    private Duration confirmationPeriod = Duration.ofDays(7);
    /** W-1: how long the personal leave link of an e-mail works. */
    private Duration leaveLinkValidity = Duration.ofDays(730);
    /** Abuse: how many forms of the public pages one client address may send per hour. */
    private int publicFormLimit = 20;
    /** W-4: per network id, the documents a new partner gets linked. */
    private final Map<String, List<Document>> documents = new LinkedHashMap<>();

    public static class Document {
        private String title;
        private String url;

        public String getTitle() { return title; }
        public void setTitle(String title) { this.title = title; }
        public String getUrl() { return url; }
        public void setUrl(String url) { this.url = url; }
    }

    public String getPublicUrl() { return publicUrl; }
    public void setPublicUrl(String publicUrl) { this.publicUrl = publicUrl.replaceAll("/+$", ""); }
    public Duration getConfirmationPeriod() { return confirmationPeriod; }
    public void setConfirmationPeriod(Duration confirmationPeriod) { this.confirmationPeriod = confirmationPeriod; }
    public Duration getLeaveLinkValidity() { return leaveLinkValidity; }
    public void setLeaveLinkValidity(Duration leaveLinkValidity) { this.leaveLinkValidity = leaveLinkValidity; }
    public int getPublicFormLimit() { return publicFormLimit; }
    public void setPublicFormLimit(int publicFormLimit) { this.publicFormLimit = publicFormLimit; }
    public Map<String, List<Document>> getDocuments() { return documents; }

    public List<Document> documents(String networkId) {
        return documents.getOrDefault(networkId, new ArrayList<>());
    }
}
