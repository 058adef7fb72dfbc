package pl.asysta.rebuild;

import java.util.List;

/**
 * One read-model table compared: its rows live and rebuilt, how many rows differ (a row that is in one and not
 * in the other, or in both with another content, counts once) and the keys of the first of them.
 */
public record TableComparison(String table, long liveRows, long rebuiltRows, long differingRows,
                              List<String> exampleKeys) {

    public TableComparison {
        exampleKeys = List.copyOf(exampleKeys);
    }

    public boolean equal() {
        return differingRows == 0;
    }
}
