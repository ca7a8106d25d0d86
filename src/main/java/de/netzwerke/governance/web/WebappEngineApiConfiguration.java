package de.netzwerke.governance.web;

import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.glassfish.jersey.servlet.ServletContainer;
import org.glassfish.jersey.servlet.ServletProperties;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Serves the webapps' engine API with {@link WebappEngineApplication}. Camunda's webapp initializer
 * registers that API as servlet "Engine Api" only when no servlet of that name exists yet; this
 * registration runs first and takes the name, path and Jersey container Camunda would use, so
 * authentication, CSRF protection and every other filter on {@code /camunda/api/*} stay as they are.
 */
@Configuration
public class WebappEngineApiConfiguration {

    /** The servlet name under which {@code CamundaBpmWebappInitializer} registers the engine API. */
    static final String CAMUNDA_SERVLET_NAME = "Engine Api";

    @Bean
    public ServletRegistrationBean<ServletContainer> webappEngineApi(CamundaBpmProperties camunda) {
        ServletRegistrationBean<ServletContainer> registration = new ServletRegistrationBean<>(new ServletContainer(),
                camunda.getWebapp().getApplicationPath() + "/api/engine/*");
        registration.setName(CAMUNDA_SERVLET_NAME);
        registration.addInitParameter(ServletProperties.JAXRS_APPLICATION_CLASS, WebappEngineApplication.class.getName());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
