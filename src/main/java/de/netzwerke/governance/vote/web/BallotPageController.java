package de.netzwerke.governance.vote.web;

import java.util.Map;

import de.netzwerke.governance.security.CrossSitePosts;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

import de.netzwerke.governance.register.RuleViolation;
import de.netzwerke.governance.vote.DigitalVotes;

/**
 * The German ballot page without login (G-1, SR-1, SR-3): the personal signed link shows the question and
 * Ja / Nein / Enthaltung; the vote is cast only by the form's POST (a mail scanner that opens the link casts
 * nothing). The signed token in the form is the proof: a page of another site cannot know it (CSRF), and a
 * POST from another origin is refused. {@code POST /abstimmung/stimme} takes the same as JSON.
 */
@RestController
public class BallotPageController {

    public static final String PATH = "/abstimmung";

    private final DigitalVotes votes;

    public BallotPageController(DigitalVotes votes) {
        this.votes = votes;
    }

    @GetMapping(path = PATH, produces = MediaType.TEXT_HTML_VALUE)
    public ResponseEntity<String> page(@RequestParam(name = "t", required = false) String token) {
        try {
            DigitalVotes.Ballot ballot = votes.ballotFor(token);
            String e = html(token);
            return html(HttpStatus.OK, "Digitale Abstimmung", """
                    <p class="meta">%s · %s · endet am %s</p>
                    <h1>%s</h1>
                    <form method="post" action="%s">
                      <input type="hidden" name="t" value="%s">
                      <fieldset><legend>Ihre Stimme</legend>
                        <label><input type="radio" name="choice" value="YES" required> Ja</label>
                        <label><input type="radio" name="choice" value="NO"> Nein</label>
                        <label><input type="radio" name="choice" value="ABSTAIN"> Enthaltung</label>
                      </fieldset>
                      <p>Sie können einmal abstimmen; die Stimme lässt sich danach nicht ändern. Die Abstimmung ist geheim.</p>
                      <button type="submit">Stimme abgeben</button>
                    </form>
                    """.formatted(html(ballot.networkName()), html(ballot.majority()),
                    html(ballot.deadline()), html(ballot.question()), PATH, e));
        } catch (RuleViolation refused) {
            return html(HttpStatus.BAD_REQUEST, "Abstimmung nicht möglich", "<p class=\"refused\">"
                    + html(refused.getMessage()) + "</p>");
        }
    }

    @PostMapping(path = PATH, consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE, produces = MediaType.TEXT_HTML_VALUE)
    public ResponseEntity<String> castFromPage(@RequestParam(name = "t", required = false) String token,
                                               @RequestParam(name = "choice", required = false) String choice,
                                               HttpServletRequest request) {
        try {
            requireSameOrigin(request);
            DigitalVotes.Cast cast = votes.castWithToken(token, choice);
            return html(HttpStatus.OK, "Stimme abgegeben", "<p class=\"done\">" + html(cast.confirmation()) + "</p>");
        } catch (RuleViolation refused) {
            return html(HttpStatus.BAD_REQUEST, "Stimme nicht angenommen", "<p class=\"refused\">"
                    + html(refused.getMessage()) + "</p>");
        }
    }

    /** JSON: {@code {"token": "…", "choice": "YES" | "NO" | "ABSTAIN"}} → 200 {@code {"message": …}} or 400. */
    @PostMapping(path = PATH + "/stimme", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<Map<String, Object>> castJson(@RequestBody(required = false) Map<String, Object> body,
                                                        HttpServletRequest request) {
        try {
            requireSameOrigin(request);
            Object token = body == null ? null : body.get("token");
            Object choice = body == null ? null : body.get("choice");
            DigitalVotes.Cast cast = votes.castWithToken(token instanceof String s ? s : null,
                    choice instanceof String c ? c : null);
            return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                    .body(Map.of("voteId", cast.voteId(), "message", cast.confirmation()));
        } catch (RuleViolation refused) {
            return ResponseEntity.badRequest().cacheControl(CacheControl.noStore())
                    .body(Map.of("message", refused.getMessage()));
        }
    }

    /** A post from another site is refused ({@link CrossSitePosts}); the ballot page sends no referrer. */
    static void requireSameOrigin(HttpServletRequest request) {
        if (CrossSitePosts.isCrossSite(request)) {
            throw new RuleViolation("Die Stimme kann nur auf der Abstimmungsseite selbst abgegeben werden.");
        }
    }

    /** Escapes only what HTML needs (&lt; &gt; &amp; quotes); umlauts stay as they are (the page is UTF-8). */
    static String html(String text) {
        return HtmlUtils.htmlEscape(text == null ? "" : text, "UTF-8");
    }

    static ResponseEntity<String> html(HttpStatus status, String title, String body) {
        String page = """
                <!DOCTYPE html>
                <html lang="de"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                <meta name="robots" content="noindex"><title>%s</title>
                <style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;line-height:1.5}
                fieldset{border:1px solid #999;padding:1rem}label{display:block;margin:.4rem 0;font-size:1.1rem}
                button{font-size:1.1rem;padding:.5rem 1.5rem}.refused{color:#a00000;font-weight:bold}.done{color:#075e07;font-weight:bold}
                .meta{color:#555}</style></head>
                <body><main>%s</main></body></html>
                """.formatted(html(title), body);
        return ResponseEntity.status(status).contentType(new MediaType("text", "html", java.nio.charset.StandardCharsets.UTF_8))
                .cacheControl(CacheControl.noStore())
                .header("Referrer-Policy", "no-referrer")
                .header("X-Frame-Options", "DENY")
                .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'")
                .body(page);
    }
}
