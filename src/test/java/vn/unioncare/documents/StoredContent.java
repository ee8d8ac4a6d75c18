package vn.unioncare.documents;

import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** What the document store holds, to show that a refused upload left nothing behind. */
final class StoredContent {

    private StoredContent() {
    }

    static long filesOnDisk(DocumentFiles files) {
        if (!Files.exists(files.root())) {
            return 0;
        }
        try (Stream<Path> all = Files.walk(files.root())) {
            return all.filter(Files::isRegularFile).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static long rows(JdbcTemplate jdbc) {
        return jdbc.queryForObject("select count(*) from stored_document", Long.class);
    }
}
