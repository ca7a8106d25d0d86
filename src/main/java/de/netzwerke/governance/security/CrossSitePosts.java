package de.netzwerke.governance.security;

import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Whether a form post to a page without login (a personal link's page: objection, ballot) came from another
 * site. A browser that sends {@code Sec-Fetch-Site} is believed: these pages send no referrer, so the
 * browser's own post from them carries {@code Origin: null}. Without that header the {@code Origin} decides
 * ({@code null} refused); a client that sends neither is no browser a page could have tricked.
 */
public final class CrossSitePosts {

    public static boolean isCrossSite(HttpServletRequest request) {
        String fetchSite = request.getHeader("Sec-Fetch-Site");
        if (fetchSite != null) {
            return !fetchSite.equals("same-origin") && !fetchSite.equals("none");
        }
        String origin = request.getHeader("Origin");
        if (origin == null || origin.equals("null")) {
            return origin != null;
        }
        try {
            URI o = URI.create(origin);
            int port = o.getPort() == -1 ? ("https".equals(o.getScheme()) ? 443 : 80) : o.getPort();
            String forwardedHost = request.getHeader("X-Forwarded-Host");
            boolean same = request.getServerName().equalsIgnoreCase(o.getHost()) && request.getServerPort() == port
                    || forwardedHost != null && forwardedHost.equalsIgnoreCase(o.getAuthority());
            return !same;
        } catch (IllegalArgumentException e) {
            return true;
        }
    }

    private CrossSitePosts() {
    }
}
