package de.netzwerke.governance.process;

/** Variables every process of a body or a network carries, read by the shared task assignment. */
public final class CommonVariables {

    /** The network (migration-schwerin, willkommenskultur-lsa). */
    public static final Var<String> NETWORK_ID = Var.text("networkId", "Netzwerk", 64);
    /** The register id of the body a process is about. */
    public static final Var<Long> BODY_ID = Var.id("bodyId", "Gremium");

    private CommonVariables() {
    }
}
