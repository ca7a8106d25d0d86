package de.netzwerke.governance.process;

import java.util.Date;
import java.util.concurrent.ThreadLocalRandom;

import org.camunda.bpm.engine.impl.cmd.JobRetryCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.DefaultFailedJobCommandFactory;
import org.camunda.bpm.engine.impl.jobexecutor.FailedJobCommandFactory;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * A job that only collided with a person's step at the same moment (a declaration arriving while the
 * working table is being set up) runs again within seconds, without using up a retry. The engine would
 * otherwise keep it locked for its whole retry interval — five minutes for an e-mail — although nothing
 * failed. Every other failure takes the diagram's retry cycle and ends as an incident in Cockpit.
 */
public class ConflictAwareFailedJobCommandFactory implements FailedJobCommandFactory {

    private final FailedJobCommandFactory standard = new DefaultFailedJobCommandFactory();

    @Override
    public Command<Object> getCommand(String jobId, Throwable exception) {
        return ConflictRetryInterceptor.isConcurrentUpdate(exception) ? new RunAgainSoon(jobId, exception)
                : standard.getCommand(jobId, exception);
    }

    static class RunAgainSoon extends JobRetryCmd {

        RunAgainSoon(String jobId, Throwable exception) {
            super(jobId, exception);
        }

        @Override
        public Object execute(CommandContext commandContext) {
            JobEntity job = getJob();
            if (job == null) {
                return null; // the winner of the race has already done it
            }
            job.setLockOwner(null);
            job.setLockExpirationTime(null);
            job.setDuedate(new Date(ClockUtil.getCurrentTime().getTime() + ThreadLocalRandom.current().nextLong(100, 1500)));
            notifyAcquisition(commandContext);
            return null;
        }
    }
}
