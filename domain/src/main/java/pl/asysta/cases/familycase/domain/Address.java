package pl.asysta.cases.familycase.domain;

/** Where the family lives. */
public record Address(String street, String postalCode, String town) {
}
