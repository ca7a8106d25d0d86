package de.netzwerke.governance.process;

import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.impl.cmd.AbstractCorrelateMessageCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import de.netzwerke.governance.register.RuleViolation;

/**
 * Runs a person's step again when it collided with another one at the same moment: ten organisations
 * declaring at once, the same person sending twice, a completion while a message arrives. The loser of
 * such a race rolled back completely (optimistic locking of the engine, a unique key of the register, a
 * lock timeout), so running it again in a new transaction is safe; the second run sees the winner's work
 * and either succeeds or is refused with the ordinary German reason (e.g. „bereits erklärt“). Sits in
 * front of the transaction, and only for the outermost command of a request — never inside a
 * caller's transaction, where the rollback would belong to the caller. Job execution is left to the job
 * executor's own retries.
 */
public class ConflictRetryInterceptor extends CommandInterceptor {

    private static final Logger LOG = LoggerFactory.getLogger(ConflictRetryInterceptor.class);

    /** How long a step keeps trying: long enough for a queue of simultaneous requests on a busy machine. */
    static final long PATIENCE_MILLIS = 20_000;

    /** Serialization failure, deadlock (PostgreSQL), lock timeout (H2). */
    private static final Set<String> CONCURRENCY_SQL_STATES = Set.of("40001", "40P01", "HYT00");
    private static final String UNIQUE_VIOLATION = "23505";
    /**
     * A message found its subscription, which another transaction removed before the message was delivered
     * (the engine reads twice; e.g. the quorum was reached meanwhile). Camunda has no type for it, only this
     * text; run again, the message meets the process's next subscription or a German refusal.
     */
    private static final String SUBSCRIPTION_GONE = "does not have a subscription to a message event";

    @Override
    public <T> T execute(Command<T> command) {
        if (!isPersonsStep(command) || Context.getCommandContext() != null
                || TransactionSynchronizationManager.isActualTransactionActive()) {
            return next.execute(command);
        }
        long giveUpAt = System.currentTimeMillis() + PATIENCE_MILLIS;
        for (int attempt = 1; ; attempt++) {
            try {
                return next.execute(command);
            } catch (RuntimeException e) {
                if (e instanceof RuleViolation || !(isConflict(e) || command instanceof AbstractCorrelateMessageCmd && isEngineRace(e))) {
                    throw e;
                }
                if (System.currentTimeMillis() > giveUpAt) {
                    LOG.warn("{} still collided after {} attempts: {}", command.getClass().getSimpleName(), attempt, e.toString());
                    throw new RuleViolation("Gleichzeitig wurde an diesem Vorgang etwas anderes geändert. "
                            + "Bitte senden Sie Ihre Eingabe noch einmal.");
                }
                LOG.debug("{} collided (attempt {}), running it again: {}", command.getClass().getSimpleName(), attempt, e.toString());
                pause(attempt);
            }
        }
    }

    static boolean isPersonsStep(Command<?> command) {
        return command instanceof AbstractCorrelateMessageCmd || command instanceof CompleteTaskCmd
                || command instanceof SubmitTaskFormCmd || command instanceof StartProcessInstanceCmd
                || command instanceof SubmitStartFormCmd;
    }

    /** A race the loser can win by running again: a concurrent update, a lock, or a unique key taken meanwhile. */
    static boolean isConflict(Throwable e) {
        return causes(e, true);
    }

    /**
     * A message delivered while another transaction ended the execution it found: the engine then dereferences
     * what is gone (a NullPointerException inside the engine; seen once in about a dozen runs of ten
     * simultaneous declarations). Run again, the message meets the process as it is now.
     */
    static boolean isEngineRace(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof NullPointerException npe) {
                StackTraceElement[] trace = npe.getStackTrace();
                if (trace.length > 0 && trace[0].getClassName().startsWith("org.camunda.bpm.engine.impl")) {
                    LOG.info("A message met an execution that another transaction was ending; running it again", npe);
                    return true;
                }
            }
        }
        return false;
    }

    /** A concurrent update or a lock, not a unique key: a job that met one runs again at once. */
    static boolean isConcurrentUpdate(Throwable e) {
        return causes(e, false);
    }

    private static boolean causes(Throwable e, boolean uniqueViolations) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains(SUBSCRIPTION_GONE)) {
                return true;
            }
            if (t instanceof OptimisticLockingException || t instanceof ConcurrencyFailureException
                    || t instanceof jakarta.persistence.OptimisticLockException
                    || t instanceof jakarta.persistence.PessimisticLockException
                    || t instanceof jakarta.persistence.LockTimeoutException) {
                return true;
            }
            if (t instanceof SQLException sql) {
                for (SQLException s = sql; s != null; s = s.getNextException()) {
                    String state = s.getSQLState();
                    if (state != null && (CONCURRENCY_SQL_STATES.contains(state) || uniqueViolations && UNIQUE_VIOLATION.equals(state))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static void pause(int attempt) {
        try {
            // spread the retries so that the colliding requests do not meet again
            Thread.sleep(ThreadLocalRandom.current().nextLong(5, 25L * Math.min(attempt, 10) + 6));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new RuleViolation("Die Anfrage wurde abgebrochen. Bitte senden Sie sie noch einmal.");
        }
    }
}
