package vn.unioncare.common;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/** The calendar as shipped in application.properties, bound without a Spring context. */
final class ShippedCalendar {

    private ShippedCalendar() {
    }

    static PublicHolidays holidays() {
        try {
            return PublicHolidays.bind(binderOf(PropertiesLoaderUtils.loadProperties(
                    new ClassPathResource("application.properties"))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Binder binderOf(Map<?, ?> properties) {
        return new Binder(new MapConfigurationPropertySource(properties));
    }
}
