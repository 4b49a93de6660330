package th.go.bangkok.tidtam.change;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import th.go.bangkok.tidtam.project.ProjectRecords;

/** The project's history tab shows every step of its change requests (with their evidence files). */
@Component
class ChangeProjectRecords implements ProjectRecords {

    private final ChangeRequestRepository requests;

    ChangeProjectRecords(ChangeRequestRepository requests) {
        this.requests = requests;
    }

    @Override
    public Map<String, List<String>> auditedRecordsOf(long projectId) {
        return Map.of("ChangeRequest", requests.findByProjectIdOrderByCreatedAtDesc(projectId).stream()
                .map(r -> String.valueOf(r.getId())).toList());
    }
}
