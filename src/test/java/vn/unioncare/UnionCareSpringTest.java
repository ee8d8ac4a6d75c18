package vn.unioncare;

import org.springframework.boot.test.context.SpringBootTest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The one Spring configuration the H2 integration tests share, so the context (and its process engine) starts
 * once per run: the whole application on a random port, an in-memory H2 database, the demo data and
 * a fresh document directory of its own. E-mail is on and goes to {@link #SMTP_PORT} on localhost, where mail
 * tests run GreenMail; without it the outbox keeps retrying quietly.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:unioncare-test;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000",
        "spring.profiles.active=demo",
        "spring.mail.host=localhost",
        "spring.mail.port=" + UnionCareSpringTest.SMTP_PORT,
        "unioncare.mail.enabled=true",
        "unioncare.mail.send-interval=PT1S",
        "unioncare.documents.directory=${java.io.tmpdir}/unioncare-test-documents-${random.uuid}"
})
public @interface UnionCareSpringTest {

    int SMTP_PORT = 3125;
}
