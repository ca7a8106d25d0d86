package de.netzwerke.governance.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.List;

/** What the issue-15 benchmarks share: medians, the printed tables, the database they run on. */
final class Bench {

    private Bench() {
    }

    static boolean postgres() {
        return "postgres".equals(System.getProperty("governance.test.database"));
    }

    /**
     * After a benchmark has written its rows in bulk, PostgreSQL's planner gets fresh statistics, as autovacuum gives
     * it in production a minute later. Without them (a server with autovacuum off, as the build machines' is) it plans
     * for empty tables: nested loops that took 20 s per Tasklist page with 10,000 open tasks. H2 needs no statistics.
     */
    static void analyze(org.springframework.jdbc.core.JdbcTemplate jdbc) {
        if (postgres()) {
            jdbc.execute("analyze");
        }
    }

    static double median(List<Long> values) {
        long[] sorted = values.stream().mapToLong(Long::longValue).sorted().toArray();
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
    }

    static String seconds(List<Long> ns) {
        StringBuilder s = new StringBuilder();
        for (long n : ns) {
            s.append(s.isEmpty() ? "" : " ").append(String.format("%.1f", n / 1e9));
        }
        return s.toString();
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Prints a table: a title, a header line and rows, the first column left-aligned. */
    static void table(String title, List<String[]> rows, String... header) {
        int[] width = new int[header.length];
        for (int i = 0; i < header.length; i++) {
            width[i] = header[i].length();
        }
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                width[i] = Math.max(width[i], row[i].length());
            }
        }
        StringBuilder out = new StringBuilder("\n== ").append(title).append(" ==\n");
        line(out, header, width);
        for (String[] row : rows) {
            line(out, row, width);
        }
        System.out.println(out);
    }

    private static void line(StringBuilder out, String[] cells, int[] width) {
        out.append("| ");
        for (int i = 0; i < cells.length; i++) {
            String format = i == 0 ? "%-" + width[i] + "s" : "%" + width[i] + "s";
            out.append(String.format(format, cells[i])).append(" | ");
        }
        out.setLength(out.length() - 1);
        out.append('\n');
    }
}
