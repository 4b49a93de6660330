package th.go.bangkok.tidtam.legacy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import th.go.bangkok.tidtam.project.ProjectData;

/**
 * One project as an old-system export describes it, before it is matched to our agencies and plan: every field
 * of the form, its reports in order, the change approvals its reports mention, and the lines the parser could not
 * place (kept with the project, see ProjectService.keepImportNotes).
 */
public record LegacyProject(String code, String name, Integer fiscalYear, LocalDate startDate, LocalDate endDate,
                            BigDecimal budget, BigDecimal budgetUsed, List<String> agencyPath, Person responsible,
                            Person coordinator, String rationale, List<String> objectives, List<String> qualityTargets,
                            List<ProjectData.QuantityTargetData> quantityTargets, List<PlanRef> plan,
                            List<Report> reports, List<ApprovedChange> changes,
                            List<th.go.bangkok.tidtam.project.ImportNote> importNotes) {

    /** Someone named on the form, kept as a name and phone extension (no account needed). */
    public record Person(String name, String phone) {
    }

    /** A line of section 1.6: its level, code in Arabic digits (7.3.1) or none for an indicator, and its text. */
    public record PlanRef(th.go.bangkok.tidtam.strategy.PlanLevel level, String code, String name) {
    }

    /** รายงานครั้งที่ N as the export printed it; figures may be absent, the round may differ from N. */
    public record Report(int number, int line, LocalDate date, String steps, BigDecimal progress, BigDecimal disbursed,
                         Integer round, Boolean onPlan, Boolean onTarget) {
    }

    /** A change approved by letter, as a report's text mentions it (ขออนุมัติเปลี่ยนแปลง … ตามหนังสือที่ …). */
    public record ApprovedChange(int reportNumber, String letterNo, LocalDate letterDate, String text) {
    }
}
