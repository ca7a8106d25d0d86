package de.netzwerke.governance.security;

import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.digest.PasswordManager;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.impl.util.EncryptionUtil;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Profile {@code prod} never runs with a known password: when any user's password is the user id (as the
 * demo users of the default profile have, {@code demo} an administrator among them), the application
 * refuses to start. That happens when {@code prod} is started on a database the default profile used.
 * <p>
 * Runs once all beans exist, before the web server accepts a request. Compares the stored hashes
 * directly: {@code checkPassword} would count a failed login for every other user at every start.
 */
@Component
@Profile("prod")
public class DemoPasswordCheck implements SmartInitializingSingleton {

    private final ProcessEngine engine;

    public DemoPasswordCheck(ProcessEngine engine) {
        this.engine = engine;
    }

    @Override
    public void afterSingletonsInstantiated() {
        List<String> users = usersWithKnownPassword();
        if (!users.isEmpty()) {
            throw new IllegalStateException("Profil prod: Die Benutzer " + String.join(", ", users)
                    + " haben ein bekanntes Passwort (Passwort = Benutzername, wie die Demo-Benutzer). So startet die "
                    + "Anwendung nicht. Bitte geben Sie diesen Benutzern in Admin → Benutzer ein neues Passwort oder "
                    + "löschen Sie sie (dazu die Anwendung einmal ohne Profil prod starten), oder beginnen Sie mit einer "
                    + "leeren Datenbank.");
        }
    }

    /** The ids of the users whose password is their user id, sorted. */
    public List<String> usersWithKnownPassword() {
        PasswordManager passwords = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                .getPasswordManager();
        return engine.getIdentityService().createUserQuery().orderByUserId().asc().list().stream()
                .filter(user -> passwordIsUserId(user, passwords))
                .map(User::getId)
                .toList();
    }

    private static boolean passwordIsUserId(User user, PasswordManager passwords) {
        if (!(user instanceof UserEntity entity) || entity.getPassword() == null) {
            return false;
        }
        return passwords.check(EncryptionUtil.saltPassword(user.getId(), entity.getSalt()), entity.getPassword());
    }
}
