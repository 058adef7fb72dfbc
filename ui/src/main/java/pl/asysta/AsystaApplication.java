package pl.asysta;

import java.util.Arrays;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

import pl.asysta.integrity.IntegrityCommandLine;

/**
 * The portal: the application layer, the Vaadin views and the sign-in, in one process. Started with the first
 * argument {@code integrity}, it runs the integrity check for a nightly job instead, without the portal
 * ({@link IntegrityCommandLine}).
 */
@SpringBootApplication
public class AsystaApplication {

    public static void main(String[] args) {
        System.setProperty("axoniq.update-checker.disabled", "true");
        if (args.length > 0 && args[0].equals("integrity")) {
            System.exit(IntegrityCommandLine.run(Arrays.copyOfRange(args, 1, args.length), System.out, System.err));
        }
        SpringApplication.run(AsystaApplication.class, args);
    }
}
