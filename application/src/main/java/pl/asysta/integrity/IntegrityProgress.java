package pl.asysta.integrity;

/** Hears how far a verification has got: events and access records checked of the total found at its start. */
@FunctionalInterface
public interface IntegrityProgress {

    IntegrityProgress SILENT = (checked, total) -> { };

    void checked(long checked, long total);
}
