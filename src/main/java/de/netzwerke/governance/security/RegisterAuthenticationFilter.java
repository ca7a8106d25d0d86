package de.netzwerke.governance.security;

import java.io.IOException;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

import de.netzwerke.governance.register.web.Viewer;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Authenticates the register's read API and the Übersicht against Camunda's identity service:
 * either the session of someone logged in to Tasklist/Cockpit, or HTTP basic authentication.
 * Anything else gets 401.
 */
public class RegisterAuthenticationFilter extends OncePerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(RegisterAuthenticationFilter.class);

    private final ProcessEngine engine;

    public RegisterAuthenticationFilter(ProcessEngine engine) {
        this.engine = engine;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String userId = fromWebappSession(request);
        if (userId == null) {
            userId = fromBasicAuth(request);
        }
        if (userId == null) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"Netzwerk-Governance\", charset=\"UTF-8\"");
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write("Bitte melden Sie sich an.");
            return;
        }
        IdentityService identity = engine.getIdentityService();
        List<String> groups = identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
        identity.setAuthentication(userId, groups);
        try {
            request.setAttribute(Viewer.USER_ID, userId);
            request.setAttribute(Viewer.GROUPS, groups);
            chain.doFilter(request, response);
        } finally {
            identity.clearAuthentication();
        }
    }

    private String fromWebappSession(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return null;
        }
        Authentications auths = AuthenticationUtil.getAuthsFromSession(session);
        if (auths == null) {
            return null;
        }
        Authentication auth = auths.getAuthenticationForProcessEngine(engine.getName());
        return auth instanceof UserAuthentication ? auth.getIdentityId() : null;
    }

    private String fromBasicAuth(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        String userId = BasicCredentials.checkedUser(engine.getIdentityService(), header.substring(6));
        if (userId != null) {
            return userId;
        }
        LOG.info("Failed basic authentication on {}", request.getRequestURI());
        return null;
    }
}
