package vn.unioncare.common;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import java.time.Clock;

@Configuration(proxyBeanMethods = false)
public class WorkingDaysConfiguration {

    @Bean
    PublicHolidays publicHolidays(Environment environment) {
        return PublicHolidays.bind(Binder.get(environment));
    }

    /** The name BPMN expressions use: {@code ${workingDays.after(3)}}. */
    @Bean(name = "workingDays")
    WorkingDays workingDays(Clock clock, PublicHolidays publicHolidays) {
        return new WorkingDays(clock, publicHolidays);
    }
}
