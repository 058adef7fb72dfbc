package pl.asysta.journeys;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The browser tests type one-time passwords as an authenticator app would; if this arithmetic were wrong, the
 * court, auditor and administrator journeys would fail for a reason that has nothing to do with the portal.
 */
class TotpTest {

    /** The SHA-1 seed of RFC 6238, appendix B. */
    private static final byte[] RFC_SEED = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    @Test
    void codes_match_the_rfc_6238_test_vectors() {
        assertThat(Totp.code(RFC_SEED, 59 / 30, 8)).isEqualTo("94287082");
        assertThat(Totp.code(RFC_SEED, 1111111109L / 30, 8)).isEqualTo("07081804");
        assertThat(Totp.code(RFC_SEED, 1234567890L / 30, 8)).isEqualTo("89005924");
        assertThat(Totp.code(RFC_SEED, 20000000000L / 30, 8)).isEqualTo("65353130");
    }

    @Test
    void a_base32_secret_as_printed_in_the_realm_readme_gives_the_same_codes_as_its_bytes() {
        // "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ" is the Base32 spelling of the RFC seed.
        assertThat(Totp.base32Decode("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ")).isEqualTo(RFC_SEED);
        assertThat(Totp.code("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", Instant.ofEpochSecond(59))).isEqualTo("287082");
    }
}
