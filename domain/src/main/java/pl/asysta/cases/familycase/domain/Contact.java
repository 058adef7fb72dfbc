package pl.asysta.cases.familycase.domain;

/** How to reach the family. */
public record Contact(String phone, String email) {
}
