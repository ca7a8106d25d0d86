package de.netzwerke.governance.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskVariableCmd;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataIntegrityViolationException;

import de.netzwerke.governance.register.RuleViolation;

/** Which failures are a lost race that a person's step or a job may simply run again (issue 8, finding 6). */
class ConflictRetryInterceptorTest {

    @Test
    @DisplayName("a concurrent update of the engine and a lock timeout are races; a job meeting one runs again at once")
    void concurrentUpdates() {
        assertThat(ConflictRetryInterceptor.isConflict(new OptimisticLockingException("rev"))).isTrue();
        assertThat(ConflictRetryInterceptor.isConcurrentUpdate(new OptimisticLockingException("rev"))).isTrue();
        assertThat(ConflictRetryInterceptor.isConcurrentUpdate(new CannotAcquireLockException("lock"))).isTrue();
        assertThat(ConflictRetryInterceptor.isConcurrentUpdate(
                new ProcessEngineException("wrapped", new SQLException("Timeout trying to lock table", "HYT00")))).isTrue();
        assertThat(ConflictRetryInterceptor.isConcurrentUpdate(
                new ProcessEngineException("wrapped", new SQLException("deadlock detected", "40P01")))).isTrue();
    }

    @Test
    @DisplayName("a unique key taken meanwhile is a race for a person's step, but not a reason to run a job again at once")
    void uniqueKeyTakenMeanwhile() {
        DataIntegrityViolationException duplicate = new DataIntegrityViolationException("duplicate",
                new SQLException("Unique index or primary key violation", "23505"));
        assertThat(ConflictRetryInterceptor.isConflict(duplicate)).isTrue();
        assertThat(ConflictRetryInterceptor.isConcurrentUpdate(duplicate)).isFalse();
    }

    @Test
    @DisplayName("a refusal, a value too long for its column or any other failure is no race and is never repeated")
    void otherFailures() {
        assertThat(ConflictRetryInterceptor.isConflict(new RuleViolation("Bitte …"))).isFalse();
        assertThat(ConflictRetryInterceptor.isConflict(new DataIntegrityViolationException("too long",
                new SQLException("Value too long for column", "22001")))).isFalse();
        assertThat(ConflictRetryInterceptor.isConflict(new IllegalStateException("bug"))).isFalse();
    }

    @Test
    @DisplayName("only a person's steps are repeated: completing a task, yes; reading a variable, no")
    void personsSteps() {
        assertThat(ConflictRetryInterceptor.isPersonsStep(new CompleteTaskCmd("task", null))).isTrue();
        assertThat(ConflictRetryInterceptor.isPersonsStep(new GetTaskVariableCmd("task", "x", false))).isFalse();
    }

    @Test
    @DisplayName("a NullPointerException inside the engine is a race for a message; one in the application's own code is not")
    void engineRace() {
        NullPointerException inEngine = new NullPointerException();
        inEngine.setStackTrace(new StackTraceElement[] {
                new StackTraceElement("org.camunda.bpm.engine.impl.cmd.MessageEventReceivedCmd", "execute", "x.java", 1)});
        NullPointerException inApplication = new NullPointerException();
        inApplication.setStackTrace(new StackTraceElement[] {
                new StackTraceElement("de.netzwerke.governance.founding.FoundingService", "declare", "x.java", 1)});
        assertThat(ConflictRetryInterceptor.isEngineRace(new ProcessEngineException("wrapped", inEngine))).isTrue();
        assertThat(ConflictRetryInterceptor.isEngineRace(inApplication)).isFalse();
        assertThat(ConflictRetryInterceptor.isConflict(inEngine)).isFalse();
    }
}
