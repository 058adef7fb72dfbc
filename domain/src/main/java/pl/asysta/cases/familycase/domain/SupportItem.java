package pl.asysta.cases.familycase.domain;

/** One entry of the "Za życiem" support catalogue drawn up with the family: what support, from whom. */
public record SupportItem(String support, String provider) {
}
