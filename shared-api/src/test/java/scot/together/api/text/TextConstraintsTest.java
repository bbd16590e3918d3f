package scot.together.api.text;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Field;
import java.lang.reflect.RecordComponent;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;
import scot.together.api.child.RegisterChild;
import scot.together.api.family.MoveTogether;
import scot.together.api.family.RequestSeparation;
import scot.together.events.family.Assessment;
import scot.together.events.family.ChildsView;

class TextConstraintsTest {

    private static final Validator validator = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();

    @Test
    void everyControlCharacterIsRefusedOnOneLine() {
        for (char c : controlCharacters()) {
            assertThat(Characters.allowed("Ada" + c + "Smith", false)).as("U+%04X", (int) c).isFalse();
        }
    }

    @Test
    void freeTextTakesLineBreaksAndTabsButNoOtherControlCharacter() {
        for (char c : controlCharacters()) {
            boolean lineBreakOrTab = c == '\n' || c == '\r' || c == '\t';
            assertThat(Characters.allowed("She said" + c + "no", true)).as("U+%04X", (int) c)
                    .isEqualTo(lineBreakOrTab);
        }
        assertThat(Characters.allowed("First line\r\nSecond line\n\tindented", true)).isTrue();
    }

    @Test
    void aLoneHalfOfASurrogatePairIsRefusedWhereverItStands() {
        String high = "\uD83D";
        String low = "\uDC67";
        for (String text : List.of(high, low, "Ada" + high, high + "Ada", "Ada" + low + "Smith", low + high)) {
            assertThat(Characters.allowed(text, false)).as(text.codePoints().boxed().toList().toString()).isFalse();
            assertThat(Characters.allowed(text, true)).isFalse();
        }
    }

    @Test
    void lettersOfEveryLanguageAndEmojiArePlainText() {
        for (String text : List.of("Màiri Ó Súilleabháin", "Zoë Brontë-Łukasz", "Eilidh NicDhòmhnaill",
                "Ünal Çelik", "Ναταλία", "Сергей", "محمد", "李小龙", "Ada 👧🏽 and 👨‍👩‍👧", "St Mary's R.C. (Primary)",
                "\u0080\u00A0 soft\u00ADhyphen", "", " ")) {
            assertThat(Characters.allowed(text, false)).as(text).isTrue();
            assertThat(Characters.allowed(text, true)).as(text).isTrue();
        }
        assertThat(Characters.allowed(null, false)).isTrue();
    }

    @Test
    void aCommandWithAControlCharacterIsRefusedNamingTheField() {
        RegisterChild child = new RegisterChild(UUID.randomUUID(), "Nul\u0000", "Smith\u007F", LocalDate.of(2015, 1, 1));

        assertThat(refused(child)).containsExactly(
                "familyName must be one line of text, without control characters",
                "givenName must be one line of text, without control characters");
        assertThat(refused(new RegisterChild(UUID.randomUUID(), "Màiri 👧🏽", "Ó Súilleabháin",
                LocalDate.of(2015, 1, 1)))).isEmpty();
    }

    @Test
    void theRecordsACommandCarriesHaveTheirTextCheckedToo() {
        UUID child = UUID.randomUUID();
        RequestSeparation request = new RequestSeparation(UUID.randomUUID(), List.of(child, UUID.randomUUID()),
                new Assessment("Together\nor Apart", LocalDate.of(2025, 1, 1), "Found:\n\tall fine"),
                "Line one\r\nline two", LocalDate.of(2026, 1, 1),
                List.of(new ChildsView(child, "ok", null), new ChildsView(child, null, "asleep\u0000")));

        assertThat(refused(request)).containsExactly(
                "assessment.kind must be one line of text, without control characters",
                "views[1].notGivenBecause must be text without control characters (line breaks and tabs are allowed)");
    }

    /** A new command with text and no rule for it would let U+0000 into the read models again. */
    @Test
    void everyTextComponentOfEveryCommandHasItsRule() throws Exception {
        List<Class<?>> commands = commands();
        assertThat(commands).hasSizeGreaterThan(20);
        List<String> unchecked = new ArrayList<>();
        for (Class<?> command : commands) {
            for (RecordComponent component : command.getRecordComponents()) {
                Field field = command.getDeclaredField(component.getName());
                if (carriesText(field.getGenericType()) && !checked(field)) {
                    unchecked.add(command.getSimpleName() + "." + component.getName());
                }
            }
        }
        assertThat(unchecked).isEmpty();
    }

    private static List<String> refused(Object command) {
        Set<ConstraintViolation<Object>> violations = validator.validate(command);
        return List.of(Violations.describe(violations).split("; ")).stream().filter(v -> !v.isEmpty()).toList();
    }

    private static List<Character> controlCharacters() {
        List<Character> controls = new ArrayList<>(IntStream.range(0, 0x20).mapToObj(c -> (char) c).toList());
        controls.add((char) 0x7F);
        return controls;
    }

    /** Every record in scot.together.api with a target aggregate, and MoveTogether. */
    private static List<Class<?>> commands() throws IOException, URISyntaxException {
        Path classes = Path.of(RegisterChild.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        try (Stream<Path> files = Files.walk(classes.resolve("scot/together/api"))) {
            List<Class<?>> commands = new ArrayList<>(files.map(Path::toString).filter(f -> f.endsWith(".class"))
                    .map(f -> classes.relativize(Path.of(f)).toString().replace('/', '.').replace(".class", ""))
                    .map(TextConstraintsTest::load).filter(Class::isRecord)
                    .filter(c -> Arrays.stream(c.getDeclaredFields())
                            .anyMatch(f -> f.isAnnotationPresent(TargetAggregateIdentifier.class)))
                    .collect(Collectors.toList()));
            commands.add(MoveTogether.class);
            return commands;
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean carriesText(java.lang.reflect.Type type) {
        if (type instanceof Class<?> c) {
            return c == String.class || (c.isRecord() && Arrays.stream(c.getRecordComponents())
                    .anyMatch(rc -> carriesText(rc.getGenericType())));
        }
        if (type instanceof java.lang.reflect.ParameterizedType p) {
            return Arrays.stream(p.getActualTypeArguments()).anyMatch(TextConstraintsTest::carriesText);
        }
        return false;
    }

    private static boolean checked(Field field) {
        return rule(field.getAnnotations()) || checked(field.getAnnotatedType());
    }

    private static boolean checked(AnnotatedType type) {
        return rule(type.getAnnotations()) || (type instanceof AnnotatedParameterizedType p
                && Arrays.stream(p.getAnnotatedActualTypeArguments()).allMatch(TextConstraintsTest::checked));
    }

    private static boolean rule(Annotation[] annotations) {
        return Arrays.stream(annotations).map(Annotation::annotationType)
                .anyMatch(t -> t == PlainText.class || t == MultiLineText.class || t == TextComponents.class);
    }
}
