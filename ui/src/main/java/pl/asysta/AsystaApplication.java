package pl.asysta;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The portal: the application layer, the Vaadin views and the sign-in, in one process. */
@SpringBootApplication
public class AsystaApplication {

    public static void main(String[] args) {
        System.setProperty("axoniq.update-checker.disabled", "true");
        SpringApplication.run(AsystaApplication.class, args);
    }
}
