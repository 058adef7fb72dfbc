package pl.asysta.cases.familycase.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.springframework.stereotype.Component;

import pl.asysta.cases.access.CaseFile;
import pl.asysta.cases.access.CaseFiles;
import pl.asysta.cases.familycase.CaseCommands;
import pl.asysta.cases.familycase.CaseDetails;
import pl.asysta.cases.familycase.CaseFileQueries;
import pl.asysta.eventstore.Recorded;
import pl.asysta.shared.Actor;
import pl.asysta.shared.CaseId;
import pl.asysta.shared.DataCategory;
import pl.asysta.time.ClockConfiguration;

/**
 * How a page of a case comes to know it: it opens the case file once (one access record), and reads through it
 * what it knows about the case ({@link OpenCase}) when it is drawn, and again after a command; and it asks what
 * the person may still see while the page stays open.
 */
@Component
public class OpenCases {

    private final CaseFiles files;
    private final CaseFileQueries fileQueries;
    private final CaseCommands commands;
    private final Clock clock;

    OpenCases(CaseFiles files, CaseFileQueries fileQueries, CaseCommands commands, Clock clock) {
        this.files = files;
        this.fileQueries = fileQueries;
        this.commands = commands;
        this.clock = clock.withZone(ClockConfiguration.CENTRE_ZONE);
    }

    /**
     * Opens the case file for the person, recording it, and reads what the page knows about the case; empty when
     * they may not see the case or it does not exist.
     */
    public Optional<OpenCase> open(CaseId caseId, Actor actor, Consumer<Recorded> afterCommand) {
        return files.open(caseId, actor).flatMap(file -> read(file, afterCommand));
    }

    /**
     * What the page knows about the case now, read through the open file; empty once the person may see nothing
     * of it (their institution's grant ended).
     */
    public Optional<OpenCase> read(CaseFile file, Consumer<Recorded> afterCommand) {
        Optional<CaseDetails> details = fileQueries.details(file);
        return details.map(found -> new OpenCase(file, found, file.actor(),
                commands.partOf(found.caseId(), file.actor()), today(), afterCommand));
    }

    /** The categories of the open file the person may still read. */
    public Set<DataCategory> categories(CaseFile file) {
        return files.categories(file);
    }

    /** The centre's day, the same one the commands are stamped with. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
