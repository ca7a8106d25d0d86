package de.netzwerke.governance.steering;

import java.util.stream.Stream;

import de.netzwerke.governance.process.Var;

/**
 * The rows of the nominations form ({@code forms/steering-nominations.form}): row i has {@code nomination<i>Name},
 * {@code …Email}, {@code …Organisation}, {@code …FieldOfAction}, {@code …Reach}, {@code …BusinessLink} and
 * {@code …WelcomeCultureBearing}. A row without a name is empty.
 */
public final class NominationsForm {

    public static final int ROWS = 3;

    public static Var<String> name(int row) {
        return Var.text("nomination" + row + "Name", "Name (Vorschlag " + row + ")", 255).personal();
    }

    public static Var<String> email(int row) {
        return Var.text("nomination" + row + "Email", "E-Mail-Adresse (Vorschlag " + row + ")", 320).personal();
    }

    public static Var<String> organisation(int row) {
        return Var.text("nomination" + row + "Organisation", "Organisation (Vorschlag " + row + ")", 255).personal();
    }

    public static Var<String> fieldOfAction(int row) {
        return Var.text("nomination" + row + "FieldOfAction", "Handlungsfeld (Vorschlag " + row + ")", 64);
    }

    public static Var<String> reach(int row) {
        return Var.choice("nomination" + row + "Reach", "Wirkungskreis (Vorschlag " + row + ")", SteeringVariables.REACHES);
    }

    public static Var<Boolean> businessLink(int row) {
        return Var.flag("nomination" + row + "BusinessLink", "Vertritt die Wirtschaft (Vorschlag " + row + ")");
    }

    public static Var<Boolean> welcomeCultureBearing(int row) {
        return Var.flag("nomination" + row + "WelcomeCultureBearing",
                "Bezug zur Willkommenskultur (Vorschlag " + row + ")");
    }

    static Stream<Var<?>> row(int row) {
        return Stream.of(name(row), email(row), organisation(row), fieldOfAction(row), reach(row), businessLink(row),
                welcomeCultureBearing(row));
    }

    private NominationsForm() {
    }
}
