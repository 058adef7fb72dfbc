package pl.asysta.cases.access;

/**
 * The outcome of walking the access record chain: how many records were checked, and the first whose stored
 * hash or link to its predecessor does not match ({@code null} when the chain is whole), with what the walk
 * expected there and what is stored (hexadecimal hashes).
 */
public record ChainCheck(long recordsChecked, Long firstBrokenRecord, Problem problem, String expectedHash,
                         String storedHash) {

    /** How the first broken record fails. */
    public enum Problem {
        /** The record's content no longer gives its stored hash: it was changed. */
        CONTENT_CHANGED,
        /** The record does not name its predecessor's hash: a record before it was removed or changed. */
        PREVIOUS_LINK_MISMATCH
    }

    /** A whole chain of {@code recordsChecked} records. */
    public ChainCheck(long recordsChecked) {
        this(recordsChecked, null, null, null, null);
    }

    public boolean intact() {
        return firstBrokenRecord == null;
    }
}
