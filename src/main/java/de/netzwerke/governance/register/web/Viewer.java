package de.netzwerke.governance.register.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

/** Who is looking at the register: set by the authentication in front of {@code /api} and the Übersicht. */
public final class Viewer {

    public static final String USER_ID = "governance.userId";
    public static final String GROUPS = "governance.groups";

    private Viewer() {
    }

    public static String userId(HttpServletRequest request) {
        return request.getAttribute(USER_ID) instanceof String userId ? userId : null;
    }

    @SuppressWarnings("unchecked")
    public static List<String> groups(HttpServletRequest request) {
        Object groups = request.getAttribute(GROUPS);
        return groups instanceof List<?> list ? (List<String>) list : List.of();
    }
}
