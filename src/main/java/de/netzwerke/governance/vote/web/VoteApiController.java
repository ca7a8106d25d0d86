package de.netzwerke.governance.vote.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import de.netzwerke.governance.register.RuleViolation;
import de.netzwerke.governance.register.web.Viewer;
import de.netzwerke.governance.vote.DigitalVote;
import de.netzwerke.governance.vote.DigitalVotes;

/**
 * Digital votes for those signed in ({@code /api}, basic auth or the Tasklist login): a partner with an account
 * votes here, everyone reads the count once it is there, the coordination reads who voted (never how).
 */
@RestController
@RequestMapping(path = "/api/votes/{voteId}", produces = MediaType.APPLICATION_JSON_VALUE)
public class VoteApiController {

    private final DigitalVotes votes;

    public VoteApiController(DigitalVotes votes) {
        this.votes = votes;
    }

    /** {@code {"choice": "YES" | "NO" | "ABSTAIN"}}; JSON only, so that no form of another site can post it. */
    @PostMapping(path = "/ballot", consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<Map<String, Object>> cast(@PathVariable Long voteId,
                                                    @RequestBody(required = false) Map<String, Object> body,
                                                    HttpServletRequest request) {
        try {
            Object choice = body == null ? null : body.get("choice");
            DigitalVotes.Cast cast = votes.castSignedIn(voteId, Viewer.userId(request),
                    choice instanceof String c ? c : null);
            return ResponseEntity.ok(Map.of("voteId", cast.voteId(), "message", cast.confirmation()));
        } catch (RuleViolation refused) {
            return ResponseEntity.badRequest().body(Map.of("message", refused.getMessage()));
        }
    }

    /** The vote: question, end, seats, votes cast so far; after the count yes, no, abstentions, n, carried. */
    @GetMapping
    public ResponseEntity<Map<String, Object>> vote(@PathVariable Long voteId) {
        return votes.find(voteId).<ResponseEntity<Map<String, Object>>>map(v -> ResponseEntity.ok(view(v)))
                .orElseGet(() -> ResponseEntity.status(404).body(Map.of("message",
                        "Es gibt keine Abstimmung mit der Nummer " + voteId + ".")));
    }

    /** Who voted (partner ids and when) — for the network's coordination only; how they voted is recorded nowhere. */
    @GetMapping("/voters")
    public ResponseEntity<Object> voters(@PathVariable Long voteId, HttpServletRequest request) {
        DigitalVote vote = votes.find(voteId).orElse(null);
        if (vote == null) {
            return ResponseEntity.status(404).body(Map.of("message", "Es gibt keine Abstimmung mit der Nummer " + voteId + "."));
        }
        if (!votes.isCoordination(vote, Viewer.groups(request))) {
            return ResponseEntity.status(403).body(Map.of("message",
                    "Wer abgestimmt hat, sieht nur die Koordination des Netzwerks."));
        }
        List<Map<String, Object>> rows = votes.voters(vote).stream().map(v -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("partnerId", v.getPartnerId());
            row.put("role", v.getRole().name());
            row.put("voted", v.getVotedAt() != null);
            row.put("votedAt", v.getVotedAt());
            return row;
        }).toList();
        return ResponseEntity.ok(rows);
    }

    static Map<String, Object> view(DigitalVote v) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("voteId", v.getId());
        m.put("networkId", v.getNetworkId());
        m.put("question", v.getQuestion());
        m.put("electorate", v.getElectorate().name());
        m.put("majority", v.getMajority().name());
        m.put("status", v.getStatus().name());
        m.put("deadline", v.getDeadline());
        m.put("electorateSize", v.getElectorateSize());
        m.put("votesCast", v.getCastCount());
        if (v.getStatus() == DigitalVote.Status.COUNTED) {
            m.put("yes", v.getYes());
            m.put("no", v.getNo());
            m.put("abstentions", v.getAbstentions());
            m.put("n", v.getN());
            m.put("carried", v.getCarried());
        }
        return m;
    }
}
