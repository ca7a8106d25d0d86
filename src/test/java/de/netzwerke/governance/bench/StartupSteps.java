package de.netzwerke.governance.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.context.metrics.buffering.StartupTimeline;
import org.springframework.core.metrics.StartupStep;

import de.netzwerke.governance.GovernanceApplication;

/**
 * Where the application's start-up time goes (issue 15), for a developer at the console: starts the application with
 * Spring's {@link BufferingApplicationStartup}, prints the slowest bean instantiations and context phases by their own
 * time (children subtracted), and exits. Run it on the runtime classpath with the test classes, e.g. after
 * {@code ./mvnw -Pbench verify}: {@code java -cp target/test-classes:target/classes:$(cat
 * target/bench-runtime-classpath.txt) de.netzwerke.governance.bench.StartupSteps --spring.datasource.url=jdbc:h2:mem:x}.
 */
public final class StartupSteps {

    private StartupSteps() {
    }

    public static void main(String[] args) {
        long t0 = System.nanoTime();
        SpringApplication app = new SpringApplication(GovernanceApplication.class);
        BufferingApplicationStartup startup = new BufferingApplicationStartup(50_000);
        app.setApplicationStartup(startup);
        var context = app.run(args);
        long total = System.nanoTime() - t0;
        List<StartupTimeline.TimelineEvent> events = startup.getBufferedTimeline().getEvents();
        Map<Long, Long> childTime = new HashMap<>();
        for (var e : events) {
            Long parent = e.getStartupStep().getParentId();
            if (parent != null) {
                childTime.merge(parent, e.getDuration().toNanos(), Long::sum);
            }
        }
        List<String[]> rows = new ArrayList<>();
        events.stream()
                .sorted((a, b) -> Long.compare(own(b, childTime), own(a, childTime)))
                .limit(40)
                .forEach(e -> rows.add(new String[] {describe(e.getStartupStep()),
                        String.format("%.0f", own(e, childTime) / 1e6), String.format("%.0f", e.getDuration().toNanos() / 1e6)}));
        Bench.table(String.format("Start-up steps (total %.1f s until run() returned)", total / 1e9), rows, "step", "own ms", "total ms");
        // the same steps in the order they started: what waits for what
        java.time.Instant first = events.get(0).getStartTime();
        List<String[]> timeline = new ArrayList<>();
        events.stream()
                .filter(e -> own(e, childTime) >= 100_000_000L)
                .sorted(java.util.Comparator.comparing(StartupTimeline.TimelineEvent::getStartTime))
                .forEach(e -> timeline.add(new String[] {
                        String.format("%.2f", java.time.Duration.between(first, e.getStartTime()).toNanos() / 1e9),
                        describe(e.getStartupStep()), String.format("%.0f", own(e, childTime) / 1e6)}));
        Bench.table("Steps of 100 ms or more (own time), in the order they started", timeline, "start s", "step", "own ms");
        context.close();
        System.exit(0);
    }

    static long own(StartupTimeline.TimelineEvent e, Map<Long, Long> childTime) {
        return e.getDuration().toNanos() - childTime.getOrDefault(e.getStartupStep().getId(), 0L);
    }

    static String describe(StartupStep step) {
        StringBuilder s = new StringBuilder(step.getName());
        for (StartupStep.Tag tag : step.getTags()) {
            if (tag.getKey().equals("beanName") || tag.getKey().equals("postProcessor")) {
                String v = tag.getValue();
                s.append(' ').append(v.length() > 90 ? "…" + v.substring(v.length() - 90) : v);
            }
        }
        return s.toString();
    }
}
