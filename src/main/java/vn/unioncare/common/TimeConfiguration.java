package vn.unioncare.common;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.time.ZoneId;

@Configuration(proxyBeanMethods = false)
public class TimeConfiguration {

    /** Union business runs on Hanoi time whatever the server's zone. */
    public static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");

    @Bean
    Clock clock() {
        return Clock.system(HANOI);
    }
}
