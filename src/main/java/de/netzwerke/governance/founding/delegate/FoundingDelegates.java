package de.netzwerke.governance.founding.delegate;

import static de.netzwerke.governance.founding.FoundingVariables.*;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import de.netzwerke.governance.election.ElectionStart;
import de.netzwerke.governance.founding.DeclarationsForm;
import de.netzwerke.governance.founding.FoundingProposal;
import de.netzwerke.governance.founding.FoundingQuorum;
import de.netzwerke.governance.founding.FoundingQuorum.Declaration;
import de.netzwerke.governance.founding.FoundingService;
import de.netzwerke.governance.founding.ReadinessDeclaration;
import de.netzwerke.governance.founding.ReadinessDeclaration.Channel;
import de.netzwerke.governance.notification.UserEmails;
import de.netzwerke.governance.process.Var;
import de.netzwerke.governance.register.Body;
import de.netzwerke.governance.register.Network;
import de.netzwerke.governance.register.OfficeKind;
import de.netzwerke.governance.register.RuleViolation;

/**
 * The service tasks of WorkingTableFounding (AT-3, AT-4, M-3): each reads its typed variables, asks the
 * register ({@link FoundingService}) and writes typed results. The proposal is always the one the register
 * holds for this instance. Personal data (names, addresses, organisations) goes to the register at once and
 * is removed from the instance in the same transaction.
 */
@Configuration(proxyBeanMethods = false)
public class FoundingDelegates {

    /** AT-2, SR-2: the offices a new working table fills first, one OfficeElection each. */
    static final List<OfficeKind> FIRST_OFFICES = List.of(OfficeKind.LEADER, OfficeKind.DEPUTY_LEADER,
            OfficeKind.SPEAKERS_COUNCIL_MEMBER, OfficeKind.SPEAKERS_COUNCIL_DEPUTY);

    /** ServiceTask_RegisterProposal: the proposal goes into the register; similar working tables are looked up (AT-4). */
    @Bean
    JavaDelegate registerProposalDelegate(FoundingService founding, UserEmails userEmails) {
        return execution -> {
            String networkId = NETWORK_ID.get(execution);
            if (networkId == null) {
                networkId = Network.MIGRATION_SCHWERIN;
                NETWORK_ID.set(execution, networkId);
            }
            String proposer = PROPOSER.get(execution);
            String proposerEmail = PROPOSER_EMAIL.get(execution);
            FoundingProposal proposal = founding.propose(networkId, TOPIC.get(execution), DESCRIPTION.get(execution),
                    FIELD_OF_ACTION.get(execution), proposer, proposerEmail != null ? proposerEmail : userEmails.of(proposer),
                    execution.getProcessInstanceId());
            PROPOSER_EMAIL.remove(execution);
            PROPOSAL_ID.set(execution, proposal.getId());
            SIMILAR_WORKING_TABLES.set(execution, founding.similarWorkingTables(proposal.getId()).stream()
                    .map(t -> t.name()).collect(Collectors.joining(", ")));
            execution.setProcessBusinessKey("Gründung " + proposal.getId() + ": " + proposal.getTopic());
        };
    }

    /**
     * ServiceTask_RecordDecision: the coordination's decision (M-3). Accepted: the declaration period starts
     * now ({@code founding.declaration-period}). Declined: a reason is required.
     */
    @Bean
    JavaDelegate recordDecisionDelegate(FoundingService founding) {
        return execution -> {
            Long proposalId = founding.forInstance(execution.getProcessInstanceId()).getId();
            String decision = DECISION.get(execution);
            Boolean accepted = decision != null ? Boolean.valueOf("accept".equals(decision)) : ACCEPTED.get(execution);
            if (accepted == null) {
                throw new RuleViolation("Bitte entscheiden Sie: Vorschlag annehmen oder ablehnen.");
            }
            ACCEPTED.set(execution, accepted);
            if (accepted) {
                FoundingService.DeclarationPeriod period = founding.accept(proposalId);
                DECLARATION_DEADLINE.set(execution, Date.from(period.deadline()));
                DECLARATION_DEADLINE_TEXT.set(execution, period.text());
                QuorumVariables.set(execution, founding.quorum(proposalId));
            } else {
                founding.decline(proposalId, DECLINE_REASON.get(execution));
            }
        };
    }

    /**
     * ServiceTask_RecordDeclarations: what staff entered in Tasklist (the form's rows) or an integrator sent as
     * a Json list goes into the register, all or none (AT-3); the next task starts empty.
     */
    @Bean
    JavaDelegate recordDeclarationsDelegate(FoundingService founding) {
        return execution -> {
            List<Declaration> batch = new ArrayList<>();
            List<SpinJsonNode> listed = DECLARATIONS.get(execution);
            if (listed != null) {
                for (SpinJsonNode item : listed) {
                    Declaration d = new Declaration(field(item, REPRESENTATIVE_NAME), field(item, REPRESENTATIVE_EMAIL),
                            field(item, ORGANISATION));
                    if (!isEmpty(d)) {
                        batch.add(d);
                    }
                }
            }
            for (int row = 1; row <= DeclarationsForm.ROWS; row++) {
                Declaration d = new Declaration(DeclarationsForm.name(row).get(execution),
                        DeclarationsForm.email(row).get(execution), DeclarationsForm.organisation(row).get(execution));
                if (!isEmpty(d)) {
                    batch.add(d);
                }
            }
            founding.declare(founding.forInstance(execution.getProcessInstanceId()).getId(), batch, Channel.TASKLIST);
            DECLARATIONS.remove(execution);
            DeclarationsForm.fields().forEach(v -> v.remove(execution));
        };
    }

    /** ServiceTask_RecordMessageDeclaration: a declaration by message {@code Msg_ReadinessDeclared} (AT-3). */
    @Bean
    JavaDelegate recordReadinessMessageDelegate(FoundingService founding) {
        return execution -> declareByMessage(founding, execution);
    }

    /**
     * ServiceTask_RecordLateDeclaration: a declaration after the quorum, within the declaration period. Once
     * the working table is set up, the register makes the declarant a member at once (AT-3).
     */
    @Bean
    JavaDelegate recordLateDeclarationDelegate(FoundingService founding) {
        return execution -> LATE_DECLARATION_ID.setLocal(execution, declareByMessage(founding, execution).getId());
    }

    private static ReadinessDeclaration declareByMessage(FoundingService founding, DelegateExecution execution) {
        Declaration declaration = new Declaration(REPRESENTATIVE_NAME.get(execution),
                REPRESENTATIVE_EMAIL.get(execution), ORGANISATION.get(execution));
        REPRESENTATIVE_NAME.remove(execution);
        REPRESENTATIVE_EMAIL.remove(execution);
        ORGANISATION.remove(execution);
        return founding.declare(founding.forInstance(execution.getProcessInstanceId()).getId(), List.of(declaration),
                Channel.REST).get(0);
    }

    /** ServiceTask_CheckQuorum(AfterMessage): AT-3 over the declarations in the register ({@link FoundingQuorum}). */
    @Bean
    JavaDelegate checkQuorumDelegate(FoundingService founding) {
        return execution -> QuorumVariables.set(execution,
                founding.quorum(founding.forInstance(execution.getProcessInstanceId()).getId()));
    }

    /** ServiceTask_CloseWithoutQuorum: the declaration period ended before AT-3 was met. */
    @Bean
    JavaDelegate closeWithoutQuorumDelegate(FoundingService founding) {
        return execution -> {
            Long proposalId = founding.forInstance(execution.getProcessInstanceId()).getId();
            QuorumVariables.set(execution, founding.quorum(proposalId));
            founding.notEstablished(proposalId);
            ESTABLISHED.set(execution, false);
        };
    }

    /** ServiceTask_EstablishWorkingTable: AT-3 met, the working table is set up in the register. */
    @Bean
    JavaDelegate establishWorkingTableDelegate(FoundingService founding) {
        return execution -> {
            Body table = founding.establish(founding.forInstance(execution.getProcessInstanceId()).getId());
            ESTABLISHED.set(execution, true);
            WORKING_TABLE_ID.set(execution, table.getId());
        };
    }

    /**
     * ServiceTask_StartFirstElections: a new working table determines its leader and deputy (AT-2) and its
     * member and deputy in the Sprecher:innenrat (SR-2): one OfficeElection each, through its contract.
     */
    @Bean
    JavaDelegate startFirstElectionsDelegate() {
        return execution -> {
            long tableId = WORKING_TABLE_ID.require(execution);
            var runtime = execution.getProcessEngineServices().getRuntimeService();
            for (OfficeKind office : FIRST_OFFICES) {
                runtime.startProcessInstanceByKey(ElectionStart.PROCESS_KEY, ElectionStart.variables(tableId, office));
            }
        };
    }

    /** At the end of a declined or failed founding: the declarations keep their counts, not the people. */
    @Bean
    ExecutionListener forgetFoundingPersonalData(FoundingService founding) {
        return execution -> founding.forgetPersonalData(founding.forInstance(execution.getProcessInstanceId()).getId());
    }

    private static String field(SpinJsonNode item, Var<String> var) {
        if (!item.isObject() || !item.hasProp(var.name()) || item.prop(var.name()).isNull()) {
            return null;
        }
        SpinJsonNode node = item.prop(var.name());
        return var.parse(node.isString() ? node.stringValue() : node.toString());
    }

    private static boolean isEmpty(Declaration d) {
        return d.representativeName() == null && d.representativeEmail() == null && d.organisation() == null;
    }
}
