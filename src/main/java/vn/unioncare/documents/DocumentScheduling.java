package vn.unioncare.documents;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The purge of staged uploads runs on Spring's scheduler. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class DocumentScheduling {
}
