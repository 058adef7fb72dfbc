package pl.asysta.cases;

/** Where the family lives. */
public record Address(String street, String postalCode, String town) {
}
