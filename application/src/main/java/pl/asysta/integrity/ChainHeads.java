package pl.asysta.integrity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import pl.asysta.cases.access.AccessRecordChain;
import pl.asysta.eventstore.EventChain;

/**
 * The heads of the chains as a plain text file, to be kept outside the database (printed, mailed to the data
 * protection officer, timestamped by a third party): once a head is anchored there, nobody who can write to the
 * database can rewrite the history before it unnoticed, not even by recomputing every later hash. One line per
 * chain, tab-separated: the moment of the export (ISO-8601, UTC), the stream, the head's sequence number (for the
 * access log: the record's id) and its SHA-256 in hexadecimal; lines starting with {@code #} are comments. The
 * access log comes first, then the event streams by name.
 */
@Service
public class ChainHeads {

    static final String HEADER = "# Asysta chain heads (ADR 0014): exported at, stream, sequence, SHA-256";

    /** One exported line that no longer matches the chain it anchors. {@code stored} is null when it is gone. */
    public record Mismatch(int line, String stream, long sequence, String exported, String stored) {
    }

    /** The outcome of checking an exported file against the chains. */
    public record Check(int headsChecked, List<Mismatch> mismatches, List<Integer> unreadableLines) {

        public Check {
            mismatches = List.copyOf(mismatches);
            unreadableLines = List.copyOf(unreadableLines);
        }

        public boolean matches() {
            return mismatches.isEmpty() && unreadableLines.isEmpty();
        }
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate snapshot;
    private final Clock clock;

    ChainHeads(JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.snapshot = ChainSnapshot.of(transactions);
        this.clock = clock;
    }

    /** Writes the heads of every chain as they stand now (one snapshot); returns how many lines it wrote. */
    public long export(Writer target) {
        Instant at = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        PrintWriter out = new PrintWriter(target);
        Long written = snapshot.execute(status -> {
            long[] lines = {0};
            out.print(HEADER + "\n");
            new AccessRecordChain(jdbc).head().ifPresent(head -> {
                line(out, at, AccessRecordChain.STREAM, head.recordId(), head.hash());
                lines[0]++;
            });
            jdbc.query(connection -> {
                PreparedStatement statement = connection.prepareStatement("""
                        select distinct on (aggregate_identifier) aggregate_identifier, sequence_number, hash
                        from event_chain order by aggregate_identifier, sequence_number desc""");
                statement.setFetchSize(IntegrityVerifier.BATCH);
                return statement;
            }, row -> {
                line(out, at, row.getString(1), row.getLong(2), EventChain.hex(row.getBytes(3)));
                lines[0]++;
            });
            return lines[0];
        });
        out.flush();
        if (out.checkError()) {
            throw new UncheckedIOException(new IOException("the chain heads could not be written"));
        }
        return written == null ? 0 : written;
    }

    /**
     * Checks an exported file against the chains: each head it names must still be in its chain, at the same
     * sequence number, with the same hash. Together with {@link IntegrityVerifier#verify} this finds a history
     * rewritten after the export, even one whose later hashes were all recomputed, and a stream cut short.
     */
    public Check check(Reader exported) {
        List<Mismatch> mismatches = new ArrayList<>();
        List<Integer> unreadable = new ArrayList<>();
        int checked = 0;
        AccessRecordChain accessLog = new AccessRecordChain(jdbc);
        try (BufferedReader lines = new BufferedReader(exported)) {
            String line;
            int number = 0;
            while ((line = lines.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t");
                if (fields.length != 4 || !fields[2].matches("\\d+") || !fields[3].matches("[0-9a-f]{64}")) {
                    unreadable.add(number);
                    continue;
                }
                checked++;
                String stream = fields[1];
                long sequence = Long.parseLong(fields[2]);
                Optional<String> stored = AccessRecordChain.STREAM.equals(stream)
                        ? accessLog.hashOf(sequence)
                        : jdbc.query("select hash from event_chain where aggregate_identifier = ? "
                                        + "and sequence_number = ?", (row, n) -> EventChain.hex(row.getBytes(1)),
                                stream, sequence).stream().findFirst();
                if (!stored.map(fields[3]::equals).orElse(false)) {
                    mismatches.add(new Mismatch(number, stream, sequence, fields[3], stored.orElse(null)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the exported chain heads could not be read", e);
        }
        return new Check(checked, mismatches, unreadable);
    }

    private static void line(PrintWriter out, Instant at, String stream, long sequence, String hash) {
        out.print(at);
        out.print('\t');
        out.print(stream);
        out.print('\t');
        out.print(sequence);
        out.print('\t');
        out.print(hash);
        out.print('\n');
    }
}
