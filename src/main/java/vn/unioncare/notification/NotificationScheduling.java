package vn.unioncare.notification;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The outbox sender and the overdue scan run on Spring's scheduler. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class NotificationScheduling {
}
