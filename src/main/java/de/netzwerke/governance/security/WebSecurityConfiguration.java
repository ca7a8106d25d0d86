package de.netzwerke.governance.security;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * HTTP basic authentication in front of the REST API, the read API and the Übersicht. Without login are only the
 * pages a personal link in an e-mail opens and the public application form, each checking its own signed token
 * ({@link SignedLinks}) and guarded against cross-site posts; no filter here covers them: {@link #PUBLIC_PATHS}.
 */
@Configuration
public class WebSecurityConfiguration {

    /**
     * Reachable without login: T-5's objection page (ProtocolObjection), the ballot of a digital vote, joining
     * and leaving the network (M-1, W-1).
     */
    public static final java.util.List<String> PUBLIC_PATHS = java.util.List.of("/einspruch/*", "/abstimmung",
            "/abstimmung/stimme", "/mitmachen/*", "/mitmachen/bestaetigen/*", "/austreten/*");

    @Bean
    public FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.setName("camunda-rest-auth");
        registration.addInitParameter("authentication-provider", HttpBasicAuthenticationProvider.class.getName());
        registration.addUrlPatterns("/engine-rest/*");
        return registration;
    }

    @Bean
    public FilterRegistrationBean<RegisterAuthenticationFilter> registerAuthentication(ProcessEngine engine) {
        FilterRegistrationBean<RegisterAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new RegisterAuthenticationFilter(engine));
        registration.setName("register-auth");
        registration.addUrlPatterns("/api/*", "/uebersicht", "/uebersicht/*");
        return registration;
    }
}
