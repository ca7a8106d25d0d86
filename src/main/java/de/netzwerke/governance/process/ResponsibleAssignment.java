package de.netzwerke.governance.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import de.netzwerke.governance.register.Bodies;
import de.netzwerke.governance.register.Body;
import de.netzwerke.governance.register.Network;

/**
 * Every process's tasks go to whoever is responsible: a body's task to its leader (the working table's
 * leader, the Sprecher:innenrat's chair) as assignee, so it is in their list without taking it over; while
 * the body has none, and for the network's own tasks, to the network's coordination as a group (M-3, W-5).
 */
@Component("responsibleAssignment")
public class ResponsibleAssignment implements TaskListener {

    private final Bodies bodies;

    public ResponsibleAssignment(Bodies bodies) {
        this.bodies = bodies;
    }

    @Override
    public void notify(DelegateTask task) {
        Long bodyId = CommonVariables.BODY_ID.get(task);
        if (bodyId != null) {
            Body body = bodies.body(bodyId);
            bodies.leaderUserId(body).ifPresentOrElse(task::setAssignee,
                    () -> task.addCandidateGroup(bodies.coordinationGroup(body.getNetworkId())));
            return;
        }
        String networkId = CommonVariables.NETWORK_ID.get(task);
        task.addCandidateGroup(bodies.coordinationGroup(networkId == null ? Network.MIGRATION_SCHWERIN : networkId));
    }
}
