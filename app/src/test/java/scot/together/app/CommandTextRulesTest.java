package scot.together.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.axonframework.commandhandling.CommandHandler;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import scot.together.api.text.MultiLineText;
import scot.together.api.text.PlainText;
import scot.together.api.text.TextComponents;

/**
 * Every command any handler takes has a rule for each piece of text it carries (see
 * scot.together.api.text): a new command without one would let U+0000 into the events and stop
 * a read model again.
 */
class CommandTextRulesTest {

    @Test
    void everyTextComponentOfEveryHandledCommandHasItsRule() throws Exception {
        Set<Class<?>> commands = handledCommands();
        assertThat(commands).hasSizeGreaterThan(20);
        List<String> unchecked = new ArrayList<>();
        for (Class<?> command : commands) {
            assertThat(command.isRecord()).as(command.getName() + " is a record").isTrue();
            for (RecordComponent component : command.getRecordComponents()) {
                Field field = command.getDeclaredField(component.getName());
                if (carriesText(field.getGenericType()) && !checked(field)) {
                    unchecked.add(command.getSimpleName() + "." + component.getName());
                }
            }
        }
        assertThat(unchecked).isEmpty();
    }

    /** The first parameter of every @CommandHandler method and constructor of the command and query sides. */
    private static Set<Class<?>> handledCommands() throws ClassNotFoundException {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter((reader, factory) -> true);
        Set<Class<?>> commands = new TreeSet<>(Comparator.comparing(Class::getName));
        for (String base : List.of("scot.together.command", "scot.together.query")) {
            for (BeanDefinition candidate : scanner.findCandidateComponents(base)) {
                Class<?> type = Class.forName(candidate.getBeanClassName());
                Stream.concat(Arrays.stream(type.getDeclaredMethods()), Arrays.stream(type.getDeclaredConstructors()))
                        .filter(handler -> handler.isAnnotationPresent(CommandHandler.class))
                        .map(Executable::getParameterTypes).filter(parameters -> parameters.length > 0)
                        .forEach(parameters -> commands.add(parameters[0]));
            }
        }
        return commands;
    }

    private static boolean carriesText(Type type) {
        if (type instanceof Class<?> c) {
            return c == String.class || (c.isRecord() && Arrays.stream(c.getRecordComponents())
                    .anyMatch(component -> carriesText(component.getGenericType())));
        }
        if (type instanceof ParameterizedType p) {
            return Arrays.stream(p.getActualTypeArguments()).anyMatch(CommandTextRulesTest::carriesText);
        }
        return false;
    }

    private static boolean checked(Field field) {
        return rule(field.getAnnotations()) || checked(field.getAnnotatedType());
    }

    private static boolean checked(AnnotatedType type) {
        return rule(type.getAnnotations()) || (type instanceof AnnotatedParameterizedType p
                && Arrays.stream(p.getAnnotatedActualTypeArguments()).allMatch(CommandTextRulesTest::checked));
    }

    private static boolean rule(Annotation[] annotations) {
        return Arrays.stream(annotations).map(Annotation::annotationType)
                .anyMatch(t -> t == PlainText.class || t == MultiLineText.class || t == TextComponents.class);
    }
}
