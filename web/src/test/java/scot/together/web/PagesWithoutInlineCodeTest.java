package scot.together.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The pages' Content-Security-Policy allows no inline script or style: every template keeps
 * its scripts and styles in /assets, and has no event handler attributes.
 */
class PagesWithoutInlineCodeTest {

    private static final Pattern INLINE = Pattern.compile(
            "<script(?![^>]*\\bsrc=)[^>]*>|<style\\b|\\sstyle=|\\sth:style=|\\son[a-z]+=|\\sth:on[a-z]+=|\\shx-on|javascript:",
            Pattern.CASE_INSENSITIVE);

    @Test
    void noTemplateHasInlineScriptStyleOrHandler() throws IOException {
        List<Path> templates;
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            templates = files.filter(file -> file.toString().endsWith(".html")).toList();
        }
        assertThat(templates).isNotEmpty();
        for (Path template : templates) {
            assertThat(INLINE.matcher(Files.readString(template)).results().map(m -> m.group()).toList())
                    .as(template.toString()).isEmpty();
        }
    }
}
