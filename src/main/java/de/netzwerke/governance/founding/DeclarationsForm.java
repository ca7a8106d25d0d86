package de.netzwerke.governance.founding;

import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import de.netzwerke.governance.process.Var;

/**
 * The rows of the declarations form ({@code forms/founding-record-declarations.form}): row i takes
 * declaration&lt;i&gt;Name, declaration&lt;i&gt;Email and declaration&lt;i&gt;Organisation. Personal data: the
 * process hands them to the register at once and keeps none.
 */
public final class DeclarationsForm {

    public static final int ROWS = 5;

    private DeclarationsForm() {
    }

    public static Var<String> name(int row) {
        return Var.text("declaration" + row + "Name", "Name (Erklärung " + row + ")", 255).personal();
    }

    public static Var<String> email(int row) {
        return Var.text("declaration" + row + "Email", "E-Mail-Adresse (Erklärung " + row + ")", 320).personal();
    }

    public static Var<String> organisation(int row) {
        return Var.text("declaration" + row + "Organisation", "Organisation (Erklärung " + row + ")", 255).personal();
    }

    /** Every field of every row. */
    public static List<Var<String>> fields() {
        return IntStream.rangeClosed(1, ROWS).boxed().flatMap(row -> Stream.of(name(row), email(row), organisation(row))).toList();
    }
}
