package de.netzwerke.governance.membership;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import de.netzwerke.governance.register.EmailAddress;
import de.netzwerke.governance.register.NameKey;

/**
 * M-1: a network's existing distribution list as CSV (issue 13), read with Apache Commons CSV and checked row by
 * row without the register: a header line names the columns (Name, E-Mail, Organisation, Mitglied seit — German
 * or English, any order; separator {@code ;}, {@code ,} or tab as the first line uses), every row needs a name and a
 * valid address (the register's {@link EmailAddress}), no address twice in the file, „Mitglied seit“ a date
 * ({@code 2024-03-01} or {@code 01.03.2024}) not in the future. Every problem names its line.
 */
public final class PartnerCsv {

    /** At most this many partners in one file. */
    public static final int MAX_ROWS = 5000;

    /** One partner of the list, with the line it starts on. */
    public record Row(int line, String name, String email, String organisation, LocalDate memberSince) {
    }

    /** A row the import refuses: its line (1 = the header) and the German reason. */
    public record Problem(int line, String message) {
        public String text() {
            return "Zeile " + line + ": " + message;
        }
    }

    public record Result(List<Row> rows, List<Problem> problems) {
        public boolean isClean() {
            return problems.isEmpty();
        }
    }

    private enum Column { NAME, EMAIL, ORGANISATION, MEMBER_SINCE }

    private static final Map<String, Column> HEADERS = new HashMap<>();

    static {
        for (String h : List.of("name", "namen", "vorundnachname", "vollstaendigername")) {
            HEADERS.put(h, Column.NAME);
        }
        for (String h : List.of("email", "emailadresse", "mail", "mailadresse", "emailaddress", "adresse")) {
            HEADERS.put(h, Column.EMAIL);
        }
        for (String h : List.of("organisation", "organisationtraeger", "traeger", "organization", "einrichtung")) {
            HEADERS.put(h, Column.ORGANISATION);
        }
        for (String h : List.of("mitgliedseit", "netzwerkpartnerseit", "netzwerkpartnerinseit", "seit", "membersince",
                "dabeiseit", "beitritt")) {
            HEADERS.put(h, Column.MEMBER_SINCE);
        }
    }

    private static final DateTimeFormatter GERMAN = DateTimeFormatter.ofPattern("dd.MM.uuuu").withResolverStyle(ResolverStyle.STRICT);

    private PartnerCsv() {
    }

    public static Result read(String text, LocalDate today) {
        List<Row> rows = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        String csv = text == null ? "" : text.startsWith("\uFEFF") ? text.substring(1) : text;
        if (csv.isBlank()) {
            problems.add(new Problem(1, "Die Datei ist leer. Erwartet wird eine Kopfzeile (Name;E-Mail;Organisation;"
                    + "Mitglied seit) und eine Zeile je Netzwerkpartner:in."));
            return new Result(rows, problems);
        }
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter(csv)).setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(false).setAllowMissingColumnNames(true).setTrim(true).get();
        int line = 1;
        try (CSVParser parser = CSVParser.parse(new StringReader(csv), format)) {
            Map<Column, String> columns = new HashMap<>();
            for (String header : parser.getHeaderNames()) {
                Column c = HEADERS.get(normalise(header));
                if (c != null) {
                    columns.putIfAbsent(c, header);
                }
            }
            if (!columns.containsKey(Column.NAME) || !columns.containsKey(Column.EMAIL)) {
                problems.add(new Problem(1, "Die Kopfzeile braucht die Spalten „Name“ und „E-Mail“ (dazu "
                        + "„Organisation“ und „Mitglied seit“, wenn vorhanden); gefunden: " + String.join(", ",
                        parser.getHeaderNames()) + "."));
                return new Result(rows, problems);
            }
            Map<String, Integer> seen = new HashMap<>();
            Iterator<CSVRecord> records = parser.iterator();
            while (true) {
                line = (int) parser.getCurrentLineNumber() + 1;
                if (!records.hasNext()) {
                    break;
                }
                CSVRecord r = records.next();
                if (r.stream().allMatch(v -> v == null || v.isBlank())) {
                    continue;
                }
                if (rows.size() + problems.size() >= MAX_ROWS) {
                    problems.add(new Problem(line, "Mehr als " + MAX_ROWS + " Zeilen; bitte die Liste aufteilen."));
                    break;
                }
                String name = value(r, columns.get(Column.NAME));
                String email = value(r, columns.get(Column.EMAIL));
                String organisation = value(r, columns.get(Column.ORGANISATION));
                String since = value(r, columns.get(Column.MEMBER_SINCE));
                List<String> wrong = new ArrayList<>();
                if (name == null || !NameKey.hasVisibleContent(name)) {
                    wrong.add("der Name fehlt");
                } else if (name.length() > 255) {
                    wrong.add("der Name ist länger als 255 Zeichen");
                }
                if (email == null) {
                    wrong.add("die E-Mail-Adresse fehlt");
                } else if (email.length() > EmailAddress.MAX_LENGTH || !EmailAddress.isValid(email)) {
                    wrong.add("„" + shortened(email) + "“ ist keine gültige E-Mail-Adresse");
                } else {
                    Integer first = seen.putIfAbsent(NameKey.ofEmail(email), line);
                    if (first != null) {
                        wrong.add("die E-Mail-Adresse „" + email + "“ steht schon in Zeile " + first);
                    }
                }
                if (organisation != null && organisation.length() > 255) {
                    wrong.add("die Organisation ist länger als 255 Zeichen");
                }
                LocalDate memberSince = null;
                if (since != null) {
                    memberSince = date(since);
                    if (memberSince == null) {
                        wrong.add("„Mitglied seit“ „" + shortened(since) + "“ ist kein Datum (TT.MM.JJJJ oder JJJJ-MM-TT)");
                    } else if (memberSince.isAfter(today)) {
                        wrong.add("„Mitglied seit“ liegt in der Zukunft");
                    }
                }
                if (wrong.isEmpty()) {
                    rows.add(new Row(line, name, email, organisation, memberSince));
                } else {
                    problems.add(new Problem(line, String.join("; ", wrong) + "."));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
            problems.add(new Problem(line, "Die Datei ist kein lesbares CSV ("
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : shortened(e.getMessage())) + ")."));
        }
        if (rows.isEmpty() && problems.isEmpty()) {
            problems.add(new Problem(2, "Die Datei enthält keine Netzwerkpartner:innen, nur die Kopfzeile."));
        }
        return new Result(rows, problems);
    }

    private static char delimiter(String csv) {
        int end = csv.indexOf('\n');
        String first = end < 0 ? csv : csv.substring(0, end);
        long semicolons = first.chars().filter(c -> c == ';').count();
        long commas = first.chars().filter(c -> c == ',').count();
        long tabs = first.chars().filter(c -> c == '\t').count();
        if (tabs > semicolons && tabs > commas) {
            return '\t';
        }
        return semicolons >= commas && semicolons > 0 ? ';' : ',';
    }

    private static String value(CSVRecord r, String header) {
        if (header == null || !r.isSet(header)) {
            return null;
        }
        String v = r.get(header);
        return v == null || v.isBlank() ? null : v.strip();
    }

    private static LocalDate date(String text) {
        try {
            return text.contains(".") ? LocalDate.parse(text, GERMAN) : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static String normalise(String header) {
        String h = header == null ? "" : header.toLowerCase(Locale.GERMAN).replace("ä", "ae").replace("ö", "oe")
                .replace("ü", "ue").replace("ß", "ss");
        return Normalizer.normalize(h, Normalizer.Form.NFKD).replaceAll("[^a-z]", "");
    }

    private static String shortened(String s) {
        return s.length() > 80 ? s.substring(0, 79) + "…" : s;
    }
}
