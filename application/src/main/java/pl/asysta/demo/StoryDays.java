package pl.asysta.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

/**
 * The days of the demo story, counted back from today: each step is told on the day it happened (the story's
 * clock stands on that day while the command runs), and the steps are counted for the seeder's log.
 */
final class StoryDays {

    private final MovableClock clock;
    private final LocalDate today;
    private int steps;

    StoryDays(MovableClock clock, LocalDate today) {
        this.clock = clock;
        this.today = today;
    }

    LocalDate today() {
        return today;
    }

    /** Moves the story to the day so many days ago, and returns that day. */
    LocalDate on(int daysAgo) {
        LocalDate day = today.minusDays(daysAgo);
        clock.moveTo(day);
        return day;
    }

    /** Counts one command told. */
    void step() {
        steps++;
    }

    /** How many commands the story took so far. */
    int steps() {
        return steps;
    }

    /** The steps of one case, written down in any order. */
    Script script() {
        return new Script();
    }

    /** Steps of one case, run in the order of the days they happened on, each on its own day. */
    final class Script {

        private record Step(int daysAgo, int order, Consumer<LocalDate> action) {
        }

        private final List<Step> planned = new ArrayList<>();

        private Script() {
        }

        void at(int daysAgo, Consumer<LocalDate> action) {
            planned.add(new Step(daysAgo, planned.size(), action));
        }

        void run() {
            planned.sort(Comparator.comparingInt(Step::daysAgo).reversed().thenComparingInt(Step::order));
            for (Step step : planned) {
                step.action().accept(on(step.daysAgo()));
                step();
            }
        }
    }
}
