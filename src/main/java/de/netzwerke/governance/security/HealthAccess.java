package de.netzwerke.governance.security;

import java.io.IOException;
import java.security.Principal;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /actuator/health} for load balancers and operators: its status to everyone, its details
 * (database, job executor, mail …) only to a Camunda administrator who sends basic authentication.
 * Spring Boot shows details to a request in role {@code camunda-admin}
 * ({@code management.endpoint.health.roles}); this filter makes a request carrying the credentials of a
 * Camunda user a request of that user, in the roles of the user's groups. Wrong credentials answer 401.
 */
@Configuration
public class HealthAccess {

    @Bean
    public FilterRegistrationBean<HealthAuthenticationFilter> healthAuthentication(ProcessEngine engine) {
        FilterRegistrationBean<HealthAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new HealthAuthenticationFilter(engine));
        registration.setName("health-auth");
        registration.addUrlPatterns("/actuator/*");
        return registration;
    }

    static class HealthAuthenticationFilter extends OncePerRequestFilter {

        private final ProcessEngine engine;

        HealthAuthenticationFilter(ProcessEngine engine) {
            this.engine = engine;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String header = request.getHeader("Authorization");
            if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
                chain.doFilter(request, response);
                return;
            }
            String userId = authenticate(header.substring(6).trim());
            if (userId == null) {
                response.setHeader("WWW-Authenticate", "Basic realm=\"Netzwerk-Governance\", charset=\"UTF-8\"");
                response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
                response.setContentType("text/plain;charset=UTF-8");
                response.getWriter().write("Benutzername oder Passwort ist falsch.");
                return;
            }
            List<String> groups = engine.getIdentityService().createGroupQuery().groupMember(userId).list().stream()
                    .map(Group::getId).toList();
            chain.doFilter(new AuthenticatedRequest(request, userId, groups), response);
        }

        private String authenticate(String encoded) {
            return BasicCredentials.checkedUser(engine.getIdentityService(), encoded);
        }
    }

    private static class AuthenticatedRequest extends HttpServletRequestWrapper {

        private final Principal principal;
        private final List<String> groups;

        AuthenticatedRequest(HttpServletRequest request, String userId, List<String> groups) {
            super(request);
            this.principal = () -> userId;
            this.groups = groups;
        }

        @Override
        public Principal getUserPrincipal() {
            return principal;
        }

        @Override
        public String getRemoteUser() {
            return principal.getName();
        }

        @Override
        public boolean isUserInRole(String role) {
            return groups.contains(role);
        }
    }
}
