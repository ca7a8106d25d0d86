package de.netzwerke.governance.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.icegreen.greenmail.util.GreenMail;

import de.netzwerke.governance.register.Network;
import de.netzwerke.governance.testsupport.GovernanceSpringTest;

/** Each network writes in its own name (M-3: Fachstelle Chancengleichheit; W-5: Steuerungsgruppe). */
@GovernanceSpringTest
class NetworkMailTest {

    @Autowired
    NetworkMail mail;
    @Autowired
    GreenMail greenMail;

    @BeforeEach
    void purge() throws Exception {
        greenMail.purgeEmailFromAllMailboxes();
    }

    @Test
    @DisplayName("W-5: a mail of the Netzwerk Willkommenskultur is signed by its Steuerungsgruppe, not by the Fachstelle of Schwerin")
    void willkommenskulturSignsInItsOwnName() throws Exception {
        mail.send(Network.WILLKOMMENSKULTUR_LSA, List.of(new Mail.Recipient(1L, "lsa@example.org")), "Einladung", "Guten Tag,\n\nText.");
        String body = (String) greenMail.getReceivedMessagesForDomain("lsa@example.org")[0].getContent();
        assertThat(body).contains("Mit freundlichen Grüßen", "Netzwerk „Willkommenskultur und Fachkräftegewinnung“ Sachsen-Anhalt – Steuerungsgruppe")
                .doesNotContain("Fachstelle Chancengleichheit", "Netzwerk Migration");
    }

    @Test
    @DisplayName("M-3: a mail of the Netzwerk Migration is signed by the Fachstelle Chancengleichheit")
    void migrationSignsAsFachstelle() throws Exception {
        mail.send(Network.MIGRATION_SCHWERIN, List.of(new Mail.Recipient(2L, "sn@example.org")), "Einladung", "Guten Tag,\n\nText.");
        String body = (String) greenMail.getReceivedMessagesForDomain("sn@example.org")[0].getContent();
        assertThat(body).contains("Netzwerk Migration", "Fachstelle Chancengleichheit").doesNotContain("Steuerungsgruppe");
    }
}
