package th.go.bangkok.tidtam.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import th.go.bangkok.tidtam.agency.AgencyLevel;
import th.go.bangkok.tidtam.base.BusinessRuleException;
import th.go.bangkok.tidtam.base.FiscalYear;
import th.go.bangkok.tidtam.tracking.AgencyRow;
import th.go.bangkok.tidtam.tracking.TrackingPeriod;
import th.go.bangkok.tidtam.tracking.TrackingService;

/**
 * The tracking figures of a month, as the dashboard shows them to coordinators, administrators and heads (their
 * office): the headline, completeness and disbursement by agency, the projects still missing their report.
 */
@RestController
@RequestMapping(path = "/api/v1/tracking/{month}", produces = "application/json")
@Tag(name = "tracking", description = "The monthly tracking figures (coordinators, administrators, heads)")
class TrackingApi {

    private final TrackingService tracking;

    TrackingApi(TrackingService tracking) {
        this.tracking = tracking;
    }

    record Summary(int fiscalYear, YearMonth month, long activeProjects, long reported, long missing,
                   BigDecimal reportedPercent, long late, long behindPlan, long offTarget, BigDecimal budget,
                   BigDecimal disbursed, BigDecimal disbursedPercent, long staleChangeRequests,
                   List<Agency> agencies) {
    }

    record Agency(long agencyId, Long parentId, AgencyLevel level, String name, long projects, long reported,
                  long missing, long late, long behindPlan, long offTarget, BigDecimal budget, BigDecimal disbursed,
                  BigDecimal disbursedPercent) {

        static Agency of(AgencyRow r) {
            return new Agency(r.agencyId(), r.parentId(), r.level(), r.name(), r.projects(), r.reported(),
                    r.missing(), r.late(), r.behindPlan(), r.offTarget(), r.budget(), r.disbursed(),
                    r.disbursedPercent());
        }
    }

    record Missing(String projectCode, String projectName, long agencyId, String agency, String responsibleName,
                   String responsiblePhone, LocalDate lastReportDate, long daysOverdue, Instant lastReminderAt) {
    }

    @GetMapping
    @Operation(summary = "The month's headline figures with completeness and disbursement by agency",
            description = "month as YYYY-MM (Gregorian, e.g. 2026-11); the fiscal year is the one containing it.")
    Summary summary(@Parameter(description = "YYYY-MM") @PathVariable @DateTimeFormat(pattern = "yyyy-MM")
                    YearMonth month) {
        var period = period(month);
        var overview = tracking.overview(period);
        var h = overview.headline();
        return new Summary(period.fiscalYear(), month, h.activeProjects(), h.reported(), h.missing(),
                h.reportedPercent(), h.late(), h.behindPlan(), h.offTarget(), h.budget(), h.disbursed(),
                h.disbursedPercent(), h.staleChangeRequests(), overview.agencies().stream().map(Agency::of).toList());
    }

    @GetMapping("/agencies")
    @Operation(summary = "Completeness and disbursement by agency, one flat row each (for Power Query)",
            description = "Offices, divisions and groups with projects in the month; parentId builds the tree.")
    List<Agency> agencies(@Parameter(description = "YYYY-MM") @PathVariable @DateTimeFormat(pattern = "yyyy-MM")
                          YearMonth month) {
        return tracking.byAgency(period(month)).stream().map(Agency::of).toList();
    }

    @GetMapping("/missing")
    @Operation(summary = "The projects still missing the month's report, a page at a time (at most 50)")
    ApiPage<Missing> missing(@Parameter(description = "YYYY-MM") @PathVariable @DateTimeFormat(pattern = "yyyy-MM")
                             YearMonth month,
                             @Parameter(description = "an agency and the units below it")
                             @RequestParam(required = false) Long agencyId,
                             @RequestParam(defaultValue = "0") int page,
                             @RequestParam(defaultValue = "50") int size) {
        var period = period(month);
        var rows = tracking.missing(period, agencyId, ApiPage.request(page, size)).stream()
                .map(m -> new Missing(m.projectCode(), m.projectName(), m.agencyId(), m.agencyPath(),
                        m.responsibleName(), m.responsiblePhone(), m.lastReportDate(), m.daysOverdue(),
                        m.lastReminderAt())).toList();
        return new ApiPage<>(rows, page, size, tracking.countMissing(period, agencyId));
    }

    private static TrackingPeriod period(YearMonth month) {
        if (!FiscalYear.known(month)) {
            throw new BusinessRuleException("api.error.month");
        }
        return new TrackingPeriod(FiscalYear.containing(month.atDay(1)).buddhistYear(), month);
    }
}
