package pl.asysta.cases.access;

/**
 * The outcome of walking the access record chain: how many records were checked, and the first whose stored
 * hash or link to its predecessor does not match ({@code null} when the chain is whole).
 */
public record ChainCheck(long recordsChecked, Long firstBrokenRecord) {

    public boolean intact() {
        return firstBrokenRecord == null;
    }
}
