package vn.unioncare.casework;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.unioncare.common.TimeConfiguration;

import java.text.NumberFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Figures and report texts in the reader's language: Vietnamese, or English for English speakers. */
@Component
public class FigureFormat {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy")
            .withZone(TimeConfiguration.HANOI);

    private final MessageSource messages;

    public FigureFormat(MessageSource messages) {
        this.messages = messages;
    }

    public static Locale supported(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : VIETNAMESE;
    }

    /** A bundle text; without {@code args} the text is returned as written, placeholders included. */
    public String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args.length == 0 ? null : args, key, supported(locale));
    }

    /** A value as the dashboard and the PDF show it; empty for none. */
    public String value(FigureTable.Unit unit, Long value, Locale locale) {
        if (value == null) {
            return "";
        }
        return switch (unit) {
            case COUNT -> number(value, locale);
            case VND -> text("supervision.dashboard.vnd", locale, number(value, locale));
            case DURATION -> duration(Duration.ofMillis(value), locale);
        };
    }

    public String number(long value, Locale locale) {
        return NumberFormat.getIntegerInstance(supported(locale)).format(value);
    }

    /** Days and hours, hours and minutes, or minutes, whichever says it best. */
    public String duration(Duration duration, Locale locale) {
        if (duration.toDays() > 0) {
            return text("supervision.dashboard.duration.days", locale, duration.toDays(), duration.toHoursPart());
        }
        if (duration.toHours() > 0) {
            return text("supervision.dashboard.duration.hours", locale, duration.toHours(), duration.toMinutesPart());
        }
        if (duration.toMinutes() > 0) {
            return text("supervision.dashboard.duration.minutes", locale, duration.toMinutes());
        }
        return text("supervision.dashboard.duration.underAMinute", locale);
    }

    public String date(LocalDate date) {
        return DATE.format(date);
    }

    public String dateTime(Instant instant) {
        return DATE_TIME.format(instant);
    }

    public String period(StatisticsPeriod period, Locale locale) {
        return text("supervision.dashboard.periodRange", locale, date(period.from()), date(period.to()));
    }
}
