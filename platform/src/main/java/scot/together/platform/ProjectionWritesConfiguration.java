package scot.together.platform;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.jdbc.JdbcTemplateAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;

/** How read models and look-ups write, in every process that keeps them (the web keeps none: no database). */
@AutoConfiguration(after = JdbcTemplateAutoConfiguration.class)
@ConditionalOnBean(JdbcTemplate.class)
public class ProjectionWritesConfiguration {

    @Bean
    public ProjectionWrites projectionWrites(JdbcTemplate jdbc) {
        return new ProjectionWrites(jdbc);
    }
}
