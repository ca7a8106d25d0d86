package de.netzwerke.governance.security;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** HTTP basic authentication in front of the REST API, the read API and the Übersicht. */
@Configuration
public class WebSecurityConfiguration {

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
