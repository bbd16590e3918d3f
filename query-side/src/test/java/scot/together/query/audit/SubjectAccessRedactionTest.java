package scot.together.query.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SubjectAccessRedactionTest {

    static final String SUBJECT = UUID.randomUUID().toString();
    static final String BROTHER = UUID.randomUUID().toString();

    @Test
    void anotherChildsIdIsReplacedWhereverItIsAndTheSubjectsIsKept() {
        Map<String, Object> event = Map.of("childId", SUBJECT, "otherChildId", BROTHER,
                "childIds", List.of(SUBJECT, BROTHER), "assessment", Map.of("about", BROTHER, "kind", "TOGETHER_APART"));

        Map<String, Object> redacted = SubjectAccessQueries.redacted(event, Set.of(BROTHER));

        assertThat(redacted.get("childId")).isEqualTo(SUBJECT);
        assertThat(redacted.get("otherChildId")).isEqualTo("another child");
        assertThat(redacted.get("childIds")).isEqualTo(List.of(SUBJECT, "another child"));
        assertThat(redacted.get("assessment")).isEqualTo(Map.of("about", "another child", "kind", "TOGETHER_APART"));
        assertThat(redacted.toString()).doesNotContain(BROTHER);
    }
}
