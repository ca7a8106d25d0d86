package de.netzwerke.governance.security;

import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.SetJobsRetriesByProcessBatchCmd;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractDeleteProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractPatchVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractRemoveVariableCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractRestartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetBatchStateCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetExternalTaskRetriesCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetJobDefinitionStateCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetJobStateCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetJobsRetriesBatchCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetProcessDefinitionStateCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetProcessInstanceStateCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetVariableCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractUpdateProcessInstancesSuspendStateCmd;
import org.camunda.bpm.engine.impl.cmd.CorrelateAllMessageCmd;
import org.camunda.bpm.engine.impl.cmd.CreateIncidentCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteHistoricProcessInstancesCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteHistoricTaskInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteHistoricVariableInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteHistoricVariableInstancesByProcessInstanceIdCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteJobCmd;
import org.camunda.bpm.engine.impl.cmd.DeployCmd;
import org.camunda.bpm.engine.impl.cmd.ExecuteJobsCmd;
import org.camunda.bpm.engine.impl.cmd.ModifyProcessInstanceAsyncCmd;
import org.camunda.bpm.engine.impl.cmd.ModifyProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.ProcessInstanceModificationBatchCmd;
import org.camunda.bpm.engine.impl.cmd.ProcessInstanceModificationCmd;
import org.camunda.bpm.engine.impl.cmd.RecalculateJobDuedateCmd;
import org.camunda.bpm.engine.impl.cmd.ResolveIncidentCmd;
import org.camunda.bpm.engine.impl.cmd.SetExternalTaskPriorityCmd;
import org.camunda.bpm.engine.impl.cmd.SetJobDefinitionPriorityCmd;
import org.camunda.bpm.engine.impl.cmd.SetJobDuedateCmd;
import org.camunda.bpm.engine.impl.cmd.SetJobPriorityCmd;
import org.camunda.bpm.engine.impl.cmd.SetJobRetriesCmd;
import org.camunda.bpm.engine.impl.cmd.SetProcessDefinitionVersionCmd;
import org.camunda.bpm.engine.impl.cmd.SignalCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceAtActivitiesCmd;
import org.camunda.bpm.engine.impl.cmd.batch.CorrelateAllMessageBatchCmd;
import org.camunda.bpm.engine.impl.cmd.batch.DeleteHistoricProcessInstancesBatchCmd;
import org.camunda.bpm.engine.impl.cmd.batch.DeleteProcessInstanceBatchCmd;
import org.camunda.bpm.engine.impl.cmd.batch.removaltime.SetRemovalTimeToHistoricProcessInstancesCmd;
import org.camunda.bpm.engine.impl.cmd.batch.variables.SetVariablesToProcessInstancesBatchCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.jobexecutor.FailedJobListener;
import org.camunda.bpm.engine.impl.migration.AbstractMigrationCmd;

import de.netzwerke.governance.web.GermanRefusal;

/**
 * M-3 and the operators' role: the Fachstelle and the bodies work through their tasks (start a process,
 * complete a task, correlate a message to one instance, read); Camunda's generic instance surgery is for
 * administrators only. A person who is not in an administrators group ({@code camunda-admin}) may not set
 * or remove variables outside a task's completion, modify or restart an instance or start one at an
 * arbitrary activity, execute a job by hand or change its due date, retries or priority, suspend or
 * activate anything, delete or migrate instances or their history, or signal an execution. Such a call is
 * refused with a German {@link AuthorizationException} (REST: 403) before anything runs.
 * <p>
 * Calls without an authenticated user (the job executor, the application itself at start-up) are always
 * allowed, and so are calls the engine makes while it already executes a command (a delegate that sets a
 * variable inside a task completion): only the outermost command is the caller's.
 * <p>
 * With {@code apiDeployments = false} (profile {@code prod}) nobody deploys through the API: only the
 * diagrams packaged with the application are deployed, at start-up.
 */
public class OperatorOnlyCommands extends CommandInterceptor {

    private record Rule(Class<?> commandType, String action) {
    }

    private static final String VARIABLES = "Variablen außerhalb des Abschlusses einer Aufgabe setzen oder löschen";
    private static final String MODIFY = "Prozessinstanzen verändern, neu starten oder an einer beliebigen Stelle starten";
    private static final String EXECUTE_JOB = "Jobs (z. B. Fristen und Timer) von Hand ausführen";
    private static final String CHANGE_JOB = "Jobs ändern (Fälligkeit, Wiederholungen, Priorität) oder löschen";
    private static final String SUSPEND = "Prozessinstanzen, Jobs oder Prozessdefinitionen anhalten oder fortsetzen";
    private static final String DELETE = "Prozessinstanzen oder ihre Historie löschen";
    private static final String MIGRATE = "Prozessinstanzen migrieren oder auf eine andere Version setzen";
    private static final String TRIGGER = "Ausführungen von Hand auslösen oder Nachrichten an viele Instanzen zugleich senden";
    private static final String INCIDENTS = "Vorfälle anlegen oder auflösen";

    /** Matched with {@code instanceof}: an abstract type covers its execution and task variants. */
    static final List<Rule> OPERATOR_ONLY = List.of(
            new Rule(AbstractSetVariableCmd.class, VARIABLES),
            new Rule(AbstractRemoveVariableCmd.class, VARIABLES),
            new Rule(AbstractPatchVariablesCmd.class, VARIABLES),
            new Rule(SetVariablesToProcessInstancesBatchCmd.class, VARIABLES),
            new Rule(ModifyProcessInstanceCmd.class, MODIFY),
            new Rule(ModifyProcessInstanceAsyncCmd.class, MODIFY),
            new Rule(ProcessInstanceModificationCmd.class, MODIFY),
            new Rule(ProcessInstanceModificationBatchCmd.class, MODIFY),
            new Rule(StartProcessInstanceAtActivitiesCmd.class, MODIFY),
            new Rule(AbstractRestartProcessInstanceCmd.class, MODIFY),
            new Rule(ExecuteJobsCmd.class, EXECUTE_JOB),
            new Rule(SetJobDuedateCmd.class, CHANGE_JOB),
            new Rule(RecalculateJobDuedateCmd.class, CHANGE_JOB),
            new Rule(SetJobRetriesCmd.class, CHANGE_JOB),
            new Rule(AbstractSetJobsRetriesBatchCmd.class, CHANGE_JOB),
            new Rule(SetJobsRetriesByProcessBatchCmd.class, CHANGE_JOB),
            new Rule(SetJobPriorityCmd.class, CHANGE_JOB),
            new Rule(SetJobDefinitionPriorityCmd.class, CHANGE_JOB),
            new Rule(DeleteJobCmd.class, CHANGE_JOB),
            new Rule(AbstractSetExternalTaskRetriesCmd.class, CHANGE_JOB),
            new Rule(SetExternalTaskPriorityCmd.class, CHANGE_JOB),
            new Rule(AbstractSetProcessInstanceStateCmd.class, SUSPEND),
            new Rule(AbstractUpdateProcessInstancesSuspendStateCmd.class, SUSPEND),
            new Rule(AbstractSetJobStateCmd.class, SUSPEND),
            new Rule(AbstractSetJobDefinitionStateCmd.class, SUSPEND),
            new Rule(AbstractSetProcessDefinitionStateCmd.class, SUSPEND),
            new Rule(AbstractSetBatchStateCmd.class, SUSPEND),
            new Rule(AbstractDeleteProcessInstanceCmd.class, DELETE),
            new Rule(DeleteProcessInstanceBatchCmd.class, DELETE),
            new Rule(DeleteHistoricProcessInstancesCmd.class, DELETE),
            new Rule(DeleteHistoricProcessInstancesBatchCmd.class, DELETE),
            new Rule(DeleteHistoricVariableInstanceCmd.class, DELETE),
            new Rule(DeleteHistoricVariableInstancesByProcessInstanceIdCmd.class, DELETE),
            new Rule(DeleteHistoricTaskInstanceCmd.class, DELETE),
            new Rule(SetRemovalTimeToHistoricProcessInstancesCmd.class, DELETE),
            new Rule(AbstractMigrationCmd.class, MIGRATE),
            new Rule(SetProcessDefinitionVersionCmd.class, MIGRATE),
            new Rule(SignalCmd.class, TRIGGER),
            new Rule(CorrelateAllMessageCmd.class, TRIGGER),
            new Rule(CorrelateAllMessageBatchCmd.class, TRIGGER),
            new Rule(CreateIncidentCmd.class, INCIDENTS),
            new Rule(ResolveIncidentCmd.class, INCIDENTS));

    private final ProcessEngineConfigurationImpl configuration;
    private final boolean apiDeployments;

    public OperatorOnlyCommands(ProcessEngineConfigurationImpl configuration, boolean apiDeployments) {
        this.configuration = configuration;
        this.apiDeployments = apiDeployments;
    }

    @Override
    public <T> T execute(Command<T> command) {
        // an open command context: the engine itself calls, inside a command the caller was allowed to run
        if (Context.getCommandContext() == null) {
            Authentication caller = configuration.getIdentityService().getCurrentAuthentication();
            if (caller != null && caller.getUserId() != null) {
                if (command instanceof FailedJobListener && !isAdministrator(caller)) {
                    // Camunda records a failed manual execution on the job (one retry less, its exception text, at
                    // last an incident). A refused execution is no failure of the job: its retries stay as they were.
                    return null;
                }
                check(command, caller);
            }
        }
        return next.execute(command);
    }

    private void check(Command<?> command, Authentication caller) {
        if (!apiDeployments && command instanceof DeployCmd) {
            throw new Refusal("Im Betrieb werden nur die mit der Anwendung ausgelieferten Prozessmodelle "
                    + "bereitgestellt; Deployments über die REST-API oder Cockpit sind abgeschaltet.");
        }
        if (isAdministrator(caller)) {
            return;
        }
        Optional<String> action = operatorOnlyAction(command);
        if (action.isPresent()) {
            throw new Refusal("Nur die Administration (Betrieb) darf " + action.get() + ". "
                    + "Die Fachstelle und die Gremien arbeiten über ihre Aufgaben in Tasklist.");
        }
    }

    /** A refusal in German for the person who called: passed on by the REST answers as it is. */
    static final class Refusal extends AuthorizationException implements GermanRefusal {
        Refusal(String germanMessage) {
            super(germanMessage);
        }
    }

    /** What the command does, in German, when it is one of the operators' commands. */
    static Optional<String> operatorOnlyAction(Command<?> command) {
        return OPERATOR_ONLY.stream().filter(r -> r.commandType().isInstance(command)).map(Rule::action).findFirst();
    }

    private boolean isAdministrator(Authentication caller) {
        List<String> adminUsers = configuration.getAdminUsers();
        if (adminUsers != null && adminUsers.contains(caller.getUserId())) {
            return true;
        }
        List<String> groups = caller.getGroupIds();
        return groups != null && configuration.getAdminGroups() != null
                && groups.stream().anyMatch(configuration.getAdminGroups()::contains);
    }
}
