package pl.asysta;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.tngtech.archunit.core.domain.JavaClass;

/** Which Maven module a class was built in, told by where its class file was read from. */
final class Modules {

    private static final Pattern MODULE =
            Pattern.compile("/(domain|application|ui)/target/|asysta-(domain|application|ui)-");

    private Modules() {
    }

    static Optional<String> of(JavaClass type) {
        return type.getSource().map(source -> MODULE.matcher(source.getUri().toString()))
                .filter(Matcher::find)
                .map(found -> found.group(1) != null ? found.group(1) : found.group(2));
    }
}
