package vn.unioncare.casework;

import org.junit.jupiter.api.Test;
import vn.unioncare.casework.domain.AuditEventStore;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 9, item 9: the application cannot alter its audit log. No code or migration after the table's creation updates
 * or deletes audit events, and the audit classes offer appending and reading only.
 */
class AuditLogIsAppendOnlyTest {

    private static final Pattern ALTERS_AUDIT = Pattern.compile(
            "(update\\s+audit_event|delete\\s+from\\s+audit_event|truncate\\s+(table\\s+)?audit_event"
                    + "|drop\\s+table\\s+audit_event|alter\\s+table\\s+audit_event\\s+drop)");

    @Test
    void noCodeOrMigrationUpdatesOrDeletesAuditEvents() throws IOException {
        List<String> offenders;
        try (Stream<Path> files = Stream.concat(Files.walk(Path.of("src/main/java")),
                Files.walk(Path.of("src/main/resources/db")))) {
            offenders = files.filter(Files::isRegularFile).filter(f -> {
                try {
                    return ALTERS_AUDIT.matcher(Files.readString(f).toLowerCase(Locale.ROOT)).find();
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }).map(Path::toString).toList();
        }
        assertThat(offenders).isEmpty();
    }

    @Test
    void theAuditClassesOnlyAppendAndRead() {
        assertThat(publicMethods(AuditEventStore.class)).containsOnly("append", "page", "count", "forCase");
        assertThat(publicMethods(AuditTrail.class)).containsOnly("record", "recordRefusal", "find", "count");
    }

    private static List<String> publicMethods(Class<?> type) {
        return Arrays.stream(type.getDeclaredMethods()).filter(m -> Modifier.isPublic(m.getModifiers()))
                .map(Method::getName).distinct().toList();
    }
}
