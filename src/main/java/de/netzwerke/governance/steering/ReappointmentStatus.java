package de.netzwerke.governance.steering;

/** Where a reappointment of the steering group stands. */
public enum ReappointmentStatus {
    /** waiting for its date: the notice period before the due date (W-6) */
    WAITING,
    /** asking members, nominations, eligibility, composition, the network's vote */
    RUNNING,
    /** the network carried a composition; the group is reconstituted */
    CARRIED,
    /** a waiting reappointment the coordination brought forward by starting one at once, or one whose instance an operator deleted */
    SUPERSEDED
}
