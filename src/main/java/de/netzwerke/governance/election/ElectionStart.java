package de.netzwerke.governance.election;

import java.util.Arrays;

import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

import de.netzwerke.governance.process.CommonVariables;
import de.netzwerke.governance.process.ProcessContract;
import de.netzwerke.governance.process.Var;
import de.netzwerke.governance.register.OfficeKind;

/** How another process or an integrator starts an election: process key and start variables (README). */
@ProcessContract
public final class ElectionStart {

    public static final String PROCESS_KEY = "OfficeElection";
    /** The register id of the body (working table or Sprecher:innenrat). */
    public static final Var<Long> BODY_ID = CommonVariables.BODY_ID;
    /** LEADER, DEPUTY_LEADER, SPEAKERS_COUNCIL_MEMBER, SPEAKERS_COUNCIL_DEPUTY, CHAIR, DEPUTY_CHAIR. */
    public static final Var<String> OFFICE = Var.choice("office", "Amt",
            Arrays.stream(OfficeKind.values()).map(Enum::name).toArray(String[]::new));

    private ElectionStart() {
    }

    public static VariableMap variables(long bodyId, OfficeKind office) {
        return Variables.createVariables().putValue(BODY_ID.name(), bodyId).putValue(OFFICE.name(), office.name());
    }
}
