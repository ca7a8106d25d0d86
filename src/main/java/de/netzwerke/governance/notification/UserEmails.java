package de.netzwerke.governance.notification;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

import de.netzwerke.governance.security.SystemAuthority;

/** The e-mail address of a Camunda user (e.g. who proposed a topic in Tasklist). */
@Component
public class UserEmails {

    private final IdentityService identityService;
    private final SystemAuthority system;

    public UserEmails(IdentityService identityService, SystemAuthority system) {
        this.identityService = identityService;
        this.system = system;
    }

    public String of(String userId) {
        if (userId == null) {
            return null;
        }
        return system.call(() -> {
            User user = identityService.createUserQuery().userId(userId).singleResult();
            return user == null || user.getEmail() == null || user.getEmail().isBlank() ? null : user.getEmail();
        });
    }
}
