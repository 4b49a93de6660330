package th.go.bangkok.tidtam.change;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import th.go.bangkok.tidtam.project.Baseline;

/**
 * A change request as its screens show it: the project, what is asked and why, the baseline when it was submitted
 * next to the proposed one with the fields that differ, the decision and its letter, the evidence files, and how
 * many days it has waited. {@code requestedBy} and {@code decidedBy} are the people's names (issue #19: screens show
 * names, never usernames). {@code mine}: the signed-in user is the requester.
 */
public record ChangeRequestView(long id, String projectCode, String projectName, ChangeKind kind, String reason,
                                String description, Baseline base, Baseline proposed, List<Baseline.Field> changes,
                                ChangeStatus status, String requestedBy, Instant createdAt, Instant submittedAt,
                                String decidedBy, Instant decidedAt, String decisionComment, String letterNo,
                                LocalDate letterDate, List<ChangeEvidenceInfo> evidence, long ageDays, boolean mine,
                                long version) {
}
