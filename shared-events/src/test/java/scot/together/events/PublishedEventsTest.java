package scot.together.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Events are forever: a child's record is read back until their 100th birthday, so the shape
 * of every published event (its fields, their types, and the values of the choices it holds)
 * is written down in {@code published-events.txt} and may never change. A different meaning
 * needs a new event or an upcaster; a new event, or a new value of a choice, is added to the
 * file when it is published.
 */
class PublishedEventsTest {

    private static final Path PUBLISHED = Path.of("src", "test", "resources", "published-events.txt");

    @Test
    void noPublishedEventHasChangedItsShape() throws Exception {
        List<String> now = shapes();
        List<String> changed = published().stream().filter(line -> !now.contains(line)).toList();
        assertThat(changed).as("Published events whose shape changed or which were removed; restore them and"
                + " add a new event or an upcaster instead").isEmpty();
    }

    @Test
    void everyEventIsPublishedOnPurpose() throws Exception {
        List<String> published = published();
        List<String> unlisted = shapes().stream().filter(line -> !published.contains(line)).toList();
        assertThat(unlisted).as("Events (or choices) not yet in %s: once their shape is final, add these lines"
                + " to it", PUBLISHED).isEmpty();
    }

    @Test
    void theShapesAreReadFromTheEventsThemselves() throws Exception {
        assertThat(shapes()).contains("choice scot.together.events.child.HomeEnding.UNPLANNED")
                .anyMatch(line -> line.startsWith("record scot.together.events.child.ChildRegistered(childId: "
                        + "java.util.UUID, "));
    }

    private static List<String> published() throws IOException {
        return Files.readAllLines(PUBLISHED).stream().filter(line -> !line.isBlank() && !line.startsWith("#"))
                .toList();
    }

    /** One line per record (its components in order) and one per value of each enum. */
    private static List<String> shapes() throws IOException, URISyntaxException, ClassNotFoundException {
        Path classes = Path.of(CareEvent.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> names;
        try (Stream<Path> files = Files.walk(classes)) {
            names = files.filter(file -> file.toString().endsWith(".class"))
                    .map(file -> classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", ""))
                    .toList();
        }
        TreeSet<String> shapes = new TreeSet<>();
        for (String name : names) {
            Class<?> type = Class.forName(name);
            if (type.isRecord()) {
                shapes.add("record " + type.getName() + Arrays.stream(type.getRecordComponents())
                        .map(PublishedEventsTest::field).collect(Collectors.joining(", ", "(", ")")));
            } else if (type.isEnum()) {
                for (Object value : type.getEnumConstants()) {
                    shapes.add("choice " + type.getName() + "." + ((Enum<?>) value).name());
                }
            }
        }
        return new ArrayList<>(shapes);
    }

    private static String field(RecordComponent component) {
        return component.getName() + ": " + component.getGenericType().getTypeName();
    }
}
