package pl.asysta.integrity;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Import;

import pl.asysta.database.EmbeddedDatabase;
import pl.asysta.time.ClockConfiguration;

/**
 * The integrity check for a nightly job, without the portal: it starts only a connection to the database (the
 * one the portal is configured with, or the embedded one when none is) and the verifier, never the web UI, the
 * event processors or a migration.
 *
 * <pre>
 * java -jar asysta.jar integrity verify [--heads=FILE] [--spring.datasource.url=...]
 * java -jar asysta.jar integrity export-heads [FILE]
 * </pre>
 *
 * {@code verify} prints the report and exits 0 when every chain is whole (and every head of {@code FILE}, an
 * earlier export, is still in its chain), 1 when something is broken, 2 when the check could not run.
 * {@code export-heads} writes the chain heads to {@code FILE} (or standard output).
 */
public final class IntegrityCommandLine {

    public static final int INTACT = 0;
    public static final int BROKEN = 1;
    public static final int FAILED = 2;

    private static final String USAGE = """
            usage: integrity verify [--heads=FILE]    check every chain (and the heads of an earlier export)
                   integrity export-heads [FILE]      write the chain heads to FILE or standard output
            Database: as the portal's (--spring.datasource.url=... or SPRING_DATASOURCE_URL), else the embedded one.""";

    private IntegrityCommandLine() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the command and returns the exit code; {@code out} gets the result, {@code err} progress and errors. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        List<String> words = new ArrayList<>();
        Path heads = null;
        for (String arg : args) {
            if (arg.startsWith("--heads=")) {
                heads = Path.of(arg.substring("--heads=".length()));
            } else if (!arg.startsWith("--")) {
                words.add(arg);
            }
        }
        boolean verify = words.size() == 1 && words.get(0).equals("verify");
        boolean export = !words.isEmpty() && words.size() <= 2 && words.get(0).equals("export-heads");
        if (!verify && !export) {
            err.println(USAGE);
            return FAILED;
        }
        if (heads != null && !Files.isReadable(heads)) {
            err.println("The chain heads file " + heads + " cannot be read.");
            return FAILED;
        }
        try (ConfigurableApplicationContext context = start(args)) {
            if (verify) {
                return verify(context, heads, out, err);
            }
            return exportHeads(context, words.size() == 2 ? Path.of(words.get(1)) : null, out, err);
        } catch (RuntimeException failure) {
            err.println("The integrity check could not run: " + rootMessage(failure));
            return FAILED;
        }
    }

    private static int verify(ConfigurableApplicationContext context, Path heads, PrintStream out,
                              PrintStream err) {
        IntegrityReport report = context.getBean(IntegrityVerifier.class).verify(new PercentSteps(err));
        out.printf(Locale.ROOT, "Checked %d events in %d streams and %d access records in %.1f s (%.0f events/s), "
                        + "started %s.%n", report.eventsChecked(), report.streamsChecked(),
                report.accessRecordsChecked(), report.took().toMillis() / 1000.0, report.eventsPerSecond(),
                report.startedAt().truncatedTo(ChronoUnit.SECONDS));
        for (BrokenLink link : report.brokenLinks()) {
            out.printf(Locale.ROOT, "BROKEN %s at position %d%s: %s%s%n", link.stream(), link.position(),
                    link.sequence() == null ? "" : " (sequence " + link.sequence() + ")", link.problem(),
                    link.expected() == null && link.stored() == null ? ""
                            : ", expected " + link.expected() + ", stored " + link.stored());
        }
        boolean headsMatch = true;
        if (heads != null) {
            ChainHeads.Check check;
            try (Reader reader = Files.newBufferedReader(heads, StandardCharsets.UTF_8)) {
                check = context.getBean(ChainHeads.class).check(reader);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            out.printf(Locale.ROOT, "Checked %d exported heads of %s.%n", check.headsChecked(), heads);
            for (ChainHeads.Mismatch mismatch : check.mismatches()) {
                out.printf(Locale.ROOT, "HEAD NOT IN CHAIN line %d: %s sequence %d exported %s, stored %s%n",
                        mismatch.line(), mismatch.stream(), mismatch.sequence(), mismatch.exported(),
                        mismatch.stored() == null ? "nothing" : mismatch.stored());
            }
            check.unreadableLines().forEach(line -> out.printf(Locale.ROOT, "UNREADABLE line %d of %s%n", line,
                    heads));
            headsMatch = check.matches();
        }
        if (report.intact() && headsMatch) {
            out.println("INTACT: every chain is whole.");
            return INTACT;
        }
        out.printf(Locale.ROOT, "BROKEN: %d broken chain(s)%s.%n", report.brokenLinks().size(),
                headsMatch ? "" : " and exported heads no longer in their chains");
        return BROKEN;
    }

    private static int exportHeads(ConfigurableApplicationContext context, Path file, PrintStream out,
                                   PrintStream err) {
        ChainHeads heads = context.getBean(ChainHeads.class);
        if (file == null) {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            heads.export(writer);
            return INTACT;
        }
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            long lines = heads.export(writer);
            err.printf(Locale.ROOT, "Wrote %d chain heads to %s.%n", lines, file);
            return INTACT;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ConfigurableApplicationContext start(String[] args) {
        return new SpringApplicationBuilder(CheckContext.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .properties("logging.level.root=WARN", "spring.main.register-shutdown-hook=false")
                .run(args);
    }

    private static String rootMessage(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? cause.toString() : cause.getMessage();
    }

    /** Progress on the error stream, every tenth of the way. */
    private static final class PercentSteps implements IntegrityProgress {

        private final PrintStream err;
        private long lastTenth = -1;

        PercentSteps(PrintStream err) {
            this.err = err;
        }

        @Override
        public void checked(long checked, long total) {
            long tenth = total == 0 ? 10 : checked * 10 / total;
            if (tenth != lastTenth) {
                lastTenth = tenth;
                err.printf(Locale.ROOT, "checked %d of %d (%d%%)%n", checked, total, tenth * 10);
            }
        }
    }

    /**
     * Only what the check needs: the data source (the embedded database's configuration steps in when none is
     * configured), JDBC, transactions, the clock, the verifier and the heads. Deliberately not a
     * {@code @Configuration}, so the portal's component scan never picks it up.
     */
    @ImportAutoConfiguration({DataSourceAutoConfiguration.class, JdbcTemplateAutoConfiguration.class,
            DataSourceTransactionManagerAutoConfiguration.class, TransactionAutoConfiguration.class})
    @ComponentScan(basePackageClasses = EmbeddedDatabase.class)
    @Import({ClockConfiguration.class, IntegrityVerifier.class, ChainHeads.class})
    static class CheckContext {
    }
}
