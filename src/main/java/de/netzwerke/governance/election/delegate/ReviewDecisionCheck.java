package de.netzwerke.governance.election.delegate;

import static de.netzwerke.governance.election.ElectionVariables.NEXT_STEP;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task_ReviewFailedElection decides how a failed election goes on ({@code nextStep}: renominate or close). The
 * gateway after it reads that decision, so it must come from this review: a review starts without one (a
 * decision of an earlier round does not count), and completing it without one is refused in German (400)
 * before the gateway is reached.
 */
@Component("reviewDecisionCheck")
public class ReviewDecisionCheck implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            NEXT_STEP.remove(task.getExecution());
        } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            NEXT_STEP.require(task);
        }
    }
}
