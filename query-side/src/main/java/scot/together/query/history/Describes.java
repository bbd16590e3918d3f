package scot.together.query.history;

import java.util.function.BiFunction;
import scot.together.events.CareEvent;

/**
 * Says in plain words, in the language of care, what one kind of event records. One bean for
 * each kind of event; an event with none is described by its name.
 */
public interface Describes<T extends CareEvent> {

    Class<T> type();

    String describe(T event, Names names);

    static <T extends CareEvent> Describes<T> of(Class<T> type, BiFunction<T, Names, String> words) {
        return new Describes<>() {
            @Override
            public Class<T> type() {
                return type;
            }

            @Override
            public String describe(T event, Names names) {
                return words.apply(event, names);
            }
        };
    }
}
