package th.go.bangkok.tidtam.progress;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import th.go.bangkok.tidtam.project.ProjectRecords;

/** The project's history tab shows the changes to its reports (with their evidence files), its plan and its reopened months. */
@Component
class ProgressProjectRecords implements ProjectRecords {

    private final ProgressReportRepository reports;
    private final ReportReopeningRepository reopenings;
    private final ProgressPlanRepository plans;

    ProgressProjectRecords(ProgressReportRepository reports, ReportReopeningRepository reopenings, ProgressPlanRepository plans) {
        this.reports = reports;
        this.reopenings = reopenings;
        this.plans = plans;
    }

    @Override
    public Map<String, List<String>> auditedRecordsOf(long projectId) {
        var reportIds = reports.findByProjectIdOrderByReportMonthAscReportDateAscIdAsc(projectId).stream().map(ProgressReport::getId).toList();
        var records = new LinkedHashMap<String, List<String>>();
        records.put("ProgressReport", reportIds.stream().map(String::valueOf).toList());
        records.put("ReportReopening", reopenings.findByProjectIdOrderByReopenedAt(projectId).stream()
                .map(r -> String.valueOf(r.getId())).toList());
        records.put("ProgressPlan", plans.findByProjectId(projectId).map(p -> List.of(String.valueOf(p.getId())))
                .orElse(List.of()));
        return records;
    }
}
