package pl.asysta;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Boots the application layer without the UI, on an ephemeral embedded PostgreSQL. */
@SpringBootApplication
public class ApplicationTestConfiguration {
}
