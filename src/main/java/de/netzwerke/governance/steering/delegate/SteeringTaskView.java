package de.netzwerke.governance.steering.delegate;

import static de.netzwerke.governance.steering.SteeringVariables.*;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import de.netzwerke.governance.notification.GermanDates;
import de.netzwerke.governance.register.FieldOfAction;
import de.netzwerke.governance.register.SteeringGroup;
import de.netzwerke.governance.steering.Reappointment;
import de.netzwerke.governance.steering.ReappointmentService;
import de.netzwerke.governance.steering.ReappointmentService.CandidateView;
import de.netzwerke.governance.steering.SteeringCandidate;

/**
 * What a reappointment task shows, read from the register when the task is created: its name with the due
 * date („Zusammensetzung vorschlagen – Steuerungsgruppe, fällig am 28.02.2027“), a one-sentence description
 * with the rule, and the persons, their eligibility (W-7, W-8) and the fields of action covered (W-9) as
 * task-local variables (gone with the task, never in history).
 */
@Component("steeringTaskView")
public class SteeringTaskView implements TaskListener {

    private static final Map<String, String> DESCRIPTIONS = Map.of(
            "Task_AskMembers", "Halten Sie fest, welche Mitglieder wieder antreten; das Netzwerk bestätigt die "
                    + "Steuerungsgruppe alle drei Jahre oder wählt sie neu (W-6).",
            "Task_RecordNominations", "Tragen Sie die Vorschläge der Netzwerkpartner:innen mit Handlungsfeld und "
                    + "Wirkungskreis ein, bis die Vorschlagsfrist endet (W-6, W-7, W-9).",
            "Task_CheckEligibility", "Prüfen Sie die Wählbarkeit: über eine Region hinaus tätig und Wirtschaft oder ein "
                    + "Feld mit grundsätzlichem Bezug zur Willkommenskultur (W-7), aus einem Handlungsfeld (W-8).",
            "Task_ComposeSteeringGroup", "Schlagen Sie aus den wählbaren Personen die neue Zusammensetzung vor, "
                    + "höchstens zehn Personen aus den Handlungsfeldern (W-8).",
            "Task_RecordNetworkDecision", "Tragen Sie ein, wie das Netzwerk über die vorgeschlagene Zusammensetzung "
                    + "abgestimmt hat; es entscheidet die einfache Mehrheit (W-6).");

    private final ReappointmentService service;

    public SteeringTaskView(ReappointmentService service) {
        this.service = service;
    }

    @Override
    public void notify(DelegateTask task) {
        Reappointment r = service.forInstance(task.getProcessInstanceId());
        SteeringGroup dates = service.dates(r);
        String due = GermanDates.format(dates.getNextDueOn());
        task.setName(task.getName() + " – Steuerungsgruppe, fällig am " + due);
        task.setDescription(DESCRIPTIONS.get(task.getTaskDefinitionKey()));
        int max = service.settings(r.getNetworkId()).getMaxMembers();
        GROUP_TEXT.setLocal(task, "zuletzt bestätigt am " + GermanDates.format(dates.getLastConfirmedOn())
                + " · nächste Bestätigung fällig am " + due + " · höchstens " + max + " Personen");
        MAX_MEMBERS.setLocal(task, max);
        List<CandidateView> checked = service.checked(r);
        switch (task.getTaskDefinitionKey()) {
            case "Task_AskMembers" -> showMembers(task, checked);
            case "Task_RecordNominations" -> CANDIDATES_TEXT.setLocal(task, list(checked.stream()
                    .filter(v -> !v.candidate().isCurrentMember()).toList(), false, "Noch keine Vorschläge."));
            case "Task_CheckEligibility" -> {
                CANDIDATES_TEXT.setLocal(task, list(checked, true, "Niemand tritt an und niemand ist vorgeschlagen."));
                COVERAGE_TEXT.setLocal(task, coverage(r, eligible(checked)));
            }
            case "Task_ComposeSteeringGroup" -> showComposition(task, r, checked);
            case "Task_RecordNetworkDecision" -> {
                List<SteeringCandidate> proposed = service.proposed(r);
                CANDIDATES_TEXT.setLocal(task, proposed.isEmpty() ? "Niemand (die Steuerungsgruppe bliebe leer)."
                        : proposed.stream().map(c -> "- " + c.line()).collect(Collectors.joining("\n")));
                COVERAGE_TEXT.setLocal(task, coverage(r, proposed));
            }
            default -> { }
        }
    }

    private void showMembers(DelegateTask task, List<CandidateView> checked) {
        List<SteeringCandidate> members = checked.stream().map(CandidateView::candidate)
                .filter(SteeringCandidate::isCurrentMember).toList();
        MEMBER_OPTIONS.setLocal(task, members.stream().filter(c -> c.getStandsAgain() == null)
                .map(c -> Map.of("label", c.line(), "value", String.valueOf(c.getPartner().getId()))).toList());
        String answered = members.stream().filter(c -> c.getStandsAgain() != null)
                .map(c -> "- " + c.line() + ": " + (c.getStandsAgain() ? "tritt wieder an" : "tritt nicht wieder an"))
                .collect(Collectors.joining("\n"));
        CANDIDATES_TEXT.setLocal(task, answered.isEmpty() ? "Noch keine Rückmeldung per Nachricht." : answered);
    }

    private void showComposition(DelegateTask task, Reappointment r, List<CandidateView> checked) {
        List<CandidateView> available = checked.stream().filter(v -> v.candidate().isAvailable()).toList();
        CANDIDATE_OPTIONS.setLocal(task, available.stream().filter(v -> v.verdict().eligible())
                .map(v -> Map.of("label", v.candidate().line(), "value", String.valueOf(v.candidate().getPartner().getId())))
                .toList());
        List<CandidateView> refused = available.stream().filter(v -> !v.verdict().eligible()).toList();
        CANDIDATES_TEXT.setLocal(task, refused.isEmpty() ? "Alle, die antreten oder vorgeschlagen sind, sind wählbar."
                : "Nicht wählbar:\n" + list(refused, true, ""));
        COVERAGE_TEXT.setLocal(task, coverage(r, eligible(checked)));
        List<SteeringCandidate> proposed = service.proposed(r);
        OUTCOME_TEXT.setLocal(task, service.lastVote(r).filter(v -> !v.isCarried())
                .map(v -> v.text() + " Abgelehnte Zusammensetzung: " + proposed.stream().map(c -> c.getPartner().getName())
                        .collect(Collectors.joining(", ")) + ". Bitte eine neue Zusammensetzung vorschlagen.")
                .orElse(null));
    }

    private static List<SteeringCandidate> eligible(List<CandidateView> checked) {
        return checked.stream().filter(v -> v.verdict().eligible() && v.candidate().isAvailable())
                .map(CandidateView::candidate).toList();
    }

    /** A Markdown list of persons, with their W-7/W-8 verdict. */
    private static String list(List<CandidateView> persons, boolean verdicts, String none) {
        if (persons.isEmpty()) {
            return none;
        }
        return persons.stream().map(v -> {
            SteeringCandidate c = v.candidate();
            String state = c.isCurrentMember() ? (c.getStandsAgain() == null ? "Mitglied, keine Rückmeldung"
                    : c.getStandsAgain() ? "Mitglied, tritt wieder an" : "Mitglied, tritt nicht wieder an") : "vorgeschlagen";
            String verdict = !verdicts ? "" : v.verdict().eligible() ? " – **wählbar**"
                    : " – **nicht wählbar:** " + v.verdict().reasonText();
            return "- " + c.line() + " (" + state + ")" + verdict;
        }).collect(Collectors.joining("\n"));
    }

    /** W-8, W-9: which of the nine fields of action the persons cover. */
    private String coverage(Reappointment r, List<SteeringCandidate> persons) {
        Map<FieldOfAction, List<String>> coverage = service.coverage(r, persons);
        long covered = coverage.values().stream().filter(l -> !l.isEmpty()).count();
        String lines = coverage.entrySet().stream().map(e -> "- " + e.getKey().getName() + ": "
                + (e.getValue().isEmpty() ? "**nicht abgedeckt**" : String.join(", ", e.getValue())))
                .collect(Collectors.joining("\n"));
        return covered + " von " + coverage.size() + " Handlungsfeldern abgedeckt:\n" + lines;
    }
}
