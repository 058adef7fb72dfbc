package pl.asysta.security.demo;

/** The portal was started with demo accounts where they are not allowed; see {@link DemoAccountsPolicy}. */
public class DemoAccountsRefused extends IllegalStateException {

    public DemoAccountsRefused(String message) {
        super(message);
    }
}
