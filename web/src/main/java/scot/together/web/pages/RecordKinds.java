package scot.together.web.pages;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.stereotype.Component;
import scot.together.events.CareEvent;

/**
 * The kinds of record the audit history can be filtered by: every kind of event, by the simple
 * name the audit query matches, labelled in plain words. Found once from the events themselves,
 * so that a new kind of event is offered without anyone listing it here.
 */
@Component
public class RecordKinds {

    /** Where a name read word by word would not speak the language of care. */
    private static final Map<String, String> SAID_OTHERWISE = Map.of("ChildPlaced", "Move to a home");

    private final Map<String, String> byName;

    public RecordKinds() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AssignableTypeFilter(CareEvent.class));
        Map<String, String> byLabel = new TreeMap<>();
        for (BeanDefinition found : scanner.findCandidateComponents(CareEvent.class.getPackageName())) {
            String name = found.getBeanClassName().substring(found.getBeanClassName().lastIndexOf('.') + 1);
            byLabel.put(SAID_OTHERWISE.getOrDefault(name, words(name)), name);
        }
        byName = new LinkedHashMap<>();
        byLabel.forEach((label, name) -> byName.put(name, label));
    }

    /** Kind name to label, in the order of the labels. */
    public Map<String, String> all() {
        return byName;
    }

    public boolean exists(String name) {
        return byName.containsKey(name);
    }

    /** BrothersAndSistersRecorded: "Brothers and sisters recorded". */
    static String words(String name) {
        String spaced = name.replaceAll("(?<=[a-z])(?=[A-Z])", " ").toLowerCase(java.util.Locale.UK);
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }
}
