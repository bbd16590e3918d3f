package scot.together.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import scot.together.api.audit.AccessLogEntry;
import scot.together.api.audit.ChildAccessLog;
import scot.together.api.audit.SubjectAccess;
import scot.together.api.audit.SubjectAccessExport;
import scot.together.api.Role;

@RestController
@Tag(name = "Privacy", description = "Subject-access exports, and who looked at a child's record")
public class SubjectAccessController {

    private final Queries queries;

    public SubjectAccessController(Queries queries) {
        this.queries = queries;
    }

    @GetMapping("/api/children/{id}/subject-access")
    @Operation(summary = "Everything recorded that concerns the child, for a subject-access request",
            description = "Other children appear only as \"another child\": no name, date of birth or id.")
    public SubjectAccessExport subjectAccess(@PathVariable UUID id) {
        return queries.found(new SubjectAccess(id), SubjectAccessExport.class, "There is no child " + id + ".",
                Role.HEAD_OF_SERVICE);
    }

    @GetMapping("/api/children/{id}/access-log")
    @Operation(summary = "Who looked at the child's record, history, audit or subject-access export, newest first")
    public List<AccessLogEntry> accessLog(@PathVariable UUID id) {
        return queries.list(new ChildAccessLog(id), AccessLogEntry.class, Role.HEAD_OF_SERVICE, Role.ADMIN);
    }
}
