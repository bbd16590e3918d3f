package scot.together.web.api;

import java.time.LocalDate;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.format.Parser;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.datetime.standard.Jsr310DateTimeFormatAnnotationFormatterFactory;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import scot.together.api.RecordedDates;

/**
 * A date asked about in a query (a report's period, an "as at" day) lies between 1900 and 2200:
 * outside, it is refused 400 VALIDATION like any date that cannot be read, rather than reaching
 * the database, which holds no such days.
 */
@Configuration
public class QueryDates implements WebMvcConfigurer {

    static final LocalDate EARLIEST = RecordedDates.EARLIEST;
    static final LocalDate LATEST = RecordedDates.LATEST;

    @Override
    public void addFormatters(FormatterRegistry registry) {
        // registered after Spring's own @DateTimeFormat support, so it is the one used
        registry.addFormatterForFieldAnnotation(new Jsr310DateTimeFormatAnnotationFormatterFactory() {
            @Override
            public Parser<?> getParser(DateTimeFormat annotation, Class<?> fieldType) {
                Parser<?> parser = super.getParser(annotation, fieldType);
                return (text, locale) -> within(parser.parse(text, locale));
            }
        });
    }

    private static Object within(Object parsed) {
        if (parsed instanceof LocalDate date && (date.isBefore(EARLIEST) || date.isAfter(LATEST))) {
            throw new IllegalArgumentException("A date in a query lies between " + EARLIEST + " and " + LATEST);
        }
        return parsed;
    }
}
