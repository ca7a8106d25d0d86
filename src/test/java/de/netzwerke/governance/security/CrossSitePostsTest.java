package de.netzwerke.governance.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** The pages of personal links (objection T-5, ballot G-1): their own form post is accepted, one from another site refused. */
class CrossSitePostsTest {

    private static MockHttpServletRequest post(String fetchSite, String origin) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/einspruch/x");
        request.setServerName("localhost");
        request.setServerPort(8080);
        if (fetchSite != null) {
            request.addHeader("Sec-Fetch-Site", fetchSite);
        }
        if (origin != null) {
            request.addHeader("Origin", origin);
        }
        return request;
    }

    @Test
    @DisplayName("T-5: a browser's own post from the page (no referrer, so Origin null, but Sec-Fetch-Site same-origin) is accepted")
    void ownPageWithoutReferrer() {
        assertThat(CrossSitePosts.isCrossSite(post("same-origin", "null"))).isFalse();
    }

    @Test
    @DisplayName("T-5: a post the browser calls cross-site or same-site is refused, whatever its Origin")
    void browserSaysCrossSite() {
        assertThat(CrossSitePosts.isCrossSite(post("cross-site", "http://localhost:8080"))).isTrue();
        assertThat(CrossSitePosts.isCrossSite(post("same-site", null))).isTrue();
    }

    @Test
    @DisplayName("T-5: without Sec-Fetch-Site the Origin decides: this host passes, another host or null is refused, none passes")
    void originWithoutFetchMetadata() {
        assertThat(CrossSitePosts.isCrossSite(post(null, "http://localhost:8080"))).isFalse();
        assertThat(CrossSitePosts.isCrossSite(post(null, "https://evil.example.org"))).isTrue();
        assertThat(CrossSitePosts.isCrossSite(post(null, "null"))).isTrue();
        assertThat(CrossSitePosts.isCrossSite(post(null, null))).isFalse();
    }
}
