package pl.asysta.cases;

/** How to reach the family. */
public record Contact(String phone, String email) {
}
