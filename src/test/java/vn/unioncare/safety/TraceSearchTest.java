package vn.unioncare.safety;

import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.unioncare.UnionCareSpringTest;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@UnionCareSpringTest
@ExtendWith(OutputCaptureExtension.class)
class TraceSearchTest {

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RepositoryService repository;

    @Test
    void findsAMarkerInATextColumnNamingTableAndColumn(CapturedOutput log) {
        String marker = "203.0.113." + UUID.randomUUID();
        String caseNumber = "AT-TRACE-" + UUID.randomUUID().toString().substring(0, 8);
        jdbc.update("insert into safety_message (case_number, direction, text, created_at) values (?, 'ANSWER', ?, "
                + "current_timestamp)", caseNumber, "sent from " + marker);
        try {
            assertThat(TraceSearch.in(dataSource).everywhere(log, marker)).containsExactly("PUBLIC.SAFETY_MESSAGE.TEXT");
        } finally {
            jdbc.update("delete from safety_message where case_number = ?", caseNumber);
        }
    }

    @Test
    void findsAMarkerInCamundaByteArrays() {
        String marker = "Mozilla/5.0 (TraceSearch " + UUID.randomUUID() + ")";
        String deployment = repository.createDeployment().name("trace-search")
                .addInputStream("note.txt", new java.io.ByteArrayInputStream(marker.getBytes(StandardCharsets.UTF_8)))
                .deploy().getId();
        try {
            assertThat(TraceSearch.in(dataSource).inDatabase(marker)).contains("PUBLIC.ACT_GE_BYTEARRAY.BYTES_");
        } finally {
            repository.deleteDeployment(deployment, true);
        }
    }

    @Test
    void findsAMarkerInTheLogOutput(CapturedOutput log) {
        String marker = "198.51.100." + UUID.randomUUID();
        LoggerFactory.getLogger(TraceSearchTest.class).warn("request from {}", marker);
        assertThat(TraceSearch.in(dataSource).everywhere(log, marker)).singleElement().asString()
                .startsWith("log: ").contains("request from " + marker);
    }

    @Test
    void findsNothingForAStringThatIsNowhere(CapturedOutput log) {
        String nowhere = "never-stored-" + UUID.randomUUID();
        assertThat(TraceSearch.in(dataSource).everywhere(log, nowhere)).isEmpty();
    }
}
