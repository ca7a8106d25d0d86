package de.netzwerke.governance.security;

import java.util.List;

import org.camunda.bpm.engine.impl.identity.DefaultPasswordPolicyImpl;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Profile {@code prod}: the application refuses to start without an administrator password from the
 * environment, or with one that Camunda's password policy rejects. Runs before anything is created.
 */
public class AdminPasswordCheck implements EnvironmentPostProcessor {

    static final String PASSWORD_PROPERTY = "camunda.bpm.admin-user.password";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!List.of(environment.getActiveProfiles()).contains("prod")) {
            return;
        }
        check(environment.getProperty("camunda.bpm.admin-user.id", "admin"), environment.getProperty(PASSWORD_PROPERTY));
    }

    /** Throws with a German message that says what is missing; does nothing for a strong password. */
    public static void check(String userId, String password) {
        if (password == null || password.isBlank()) {
            throw new IllegalStateException("Profil prod: Es ist kein Administrator-Passwort gesetzt. "
                    + "Bitte die Umgebungsvariable GOVERNANCE_ADMIN_PASSWORD setzen.");
        }
        List<String> broken = new DefaultPasswordPolicyImpl().getRules().stream()
                .filter(rule -> !rule.execute(password, new UserEntity(userId)))
                .map(AdminPasswordCheck::describe)
                .toList();
        if (!broken.isEmpty()) {
            throw new IllegalStateException("Profil prod: Das Administrator-Passwort ist zu schwach ("
                    + String.join(", ", broken) + ").");
        }
    }

    private static String describe(PasswordPolicyRule rule) {
        String placeholder = rule.getPlaceholder();
        var params = rule.getParameters();
        return switch (placeholder) {
            case "PASSWORD_POLICY_LENGTH" -> "mindestens " + params.get("minLength") + " Zeichen";
            case "PASSWORD_POLICY_LOWERCASE" -> "mindestens " + params.get("minLowerCase") + " Kleinbuchstabe";
            case "PASSWORD_POLICY_UPPERCASE" -> "mindestens " + params.get("minUpperCase") + " Großbuchstabe";
            case "PASSWORD_POLICY_DIGIT" -> "mindestens " + params.get("minDigit") + " Ziffer";
            case "PASSWORD_POLICY_SPECIAL" -> "mindestens " + params.get("minSpecial") + " Sonderzeichen";
            case "PASSWORD_POLICY_USER_DATA" -> "darf den Benutzernamen nicht enthalten";
            default -> placeholder;
        };
    }
}
