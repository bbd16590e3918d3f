package scot.together.api.text;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;

/**
 * The text components of a record a command carries but that is not the command's own, such
 * as an event's value ({@code Assessment}, {@code ChildsView} in shared-events, which stays
 * free of validation): which are {@link PlainText} and which {@link MultiLineText}. Each
 * refused component is named, as in {@code assessment.kind}.
 */
@Documented
@Constraint(validatedBy = TextComponents.Check.class)
@Target({FIELD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface TextComponents {

    /** Components that are one line of text. */
    String[] plain() default {};

    /** Components that are free text. */
    String[] multiLine() default {};

    String message() default Characters.MULTI_LINE;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<TextComponents, Record> {

        private List<String> plain;
        private List<String> multiLine;

        @Override
        public void initialize(TextComponents annotation) {
            plain = List.of(annotation.plain());
            multiLine = List.of(annotation.multiLine());
        }

        @Override
        public boolean isValid(Record value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            RecordComponent[] components = value.getClass().getRecordComponents();
            List<String> names = Arrays.stream(components).map(RecordComponent::getName).toList();
            if (!names.containsAll(plain) || !names.containsAll(multiLine)) {
                throw new IllegalStateException("@TextComponents names a component " + value.getClass().getSimpleName()
                        + " does not have");
            }
            boolean valid = true;
            for (RecordComponent component : components) {
                boolean onOneLine = plain.contains(component.getName());
                if (!onOneLine && !multiLine.contains(component.getName())) {
                    continue;
                }
                if (!Characters.allowed((CharSequence) read(component, value), !onOneLine)) {
                    valid = false;
                    context.disableDefaultConstraintViolation();
                    context.buildConstraintViolationWithTemplate(onOneLine ? Characters.ONE_LINE : Characters.MULTI_LINE)
                            .addPropertyNode(component.getName()).addConstraintViolation();
                }
            }
            return valid;
        }

        private static Object read(RecordComponent component, Record value) {
            try {
                return component.getAccessor().invoke(value);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("Cannot read " + component.getName() + " of "
                        + value.getClass().getSimpleName(), e);
            }
        }
    }
}
