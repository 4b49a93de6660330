package th.go.bangkok.tidtam.tracking;

import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import th.go.bangkok.tidtam.base.Messages;
import th.go.bangkok.tidtam.base.export.ExportFormat;
import th.go.bangkok.tidtam.base.export.TableWriter;

/**
 * The dashboard's tables as .xlsx or CSV, the same rows the screen shows: every figure comes from
 * {@link TrackingService}, so a head's download holds their office only. Long lists are written a page at a time.
 */
@Service
public class TrackingExports {

    private static final int PAGE = 500;

    private final TrackingService tracking;

    TrackingExports(TrackingService tracking) {
        this.tracking = tracking;
    }

    /** Writes {@code table} for the period (and, for the project lists, the chosen agency) to {@code out}. */
    @PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN', 'HEAD')")
    public void write(TrackingTable table, TrackingPeriod period, Long agencyId, ExportFormat format, Locale locale,
                      OutputStream out) {
        var headers = table.headerKeys().stream().map(key -> text(key, locale)).toList();
        try (var writer = TableWriter.open(format, out, text(table.titleKey(), locale), headers)) {
            switch (table) {
                case AGENCIES -> tracking.byAgency(period).forEach(r -> writer.row(indent(r) + r.name(), r.projects(),
                        r.reported(), r.missing(), r.late(), r.behindPlan(), r.budget(), r.disbursed(),
                        r.disbursedPercent()));
                case MISSING -> pages((page, size) -> tracking.missing(period, agencyId, page),
                        (MissingReport r) -> writer.row(r.projectCode(), r.projectName(), r.agencyPath(),
                                r.responsibleName(), r.responsiblePhone(), r.lastReportDate(), r.daysOverdue(),
                                r.lastReminderAt()));
                case BEHIND_PLAN, OFF_TARGET -> {
                    var concern = table == TrackingTable.BEHIND_PLAN ? Concern.BEHIND_PLAN : Concern.OFF_TARGET;
                    var late = text("tracking.col.late", locale);
                    pages((page, size) -> tracking.concerns(period, concern, agencyId, page),
                            (ConcernReport r) -> writer.row(r.projectCode(), r.projectName(), r.agencyPath(),
                                    r.responsibleName(), r.responsiblePhone(), r.reportDate(), r.progress(),
                                    r.disbursed(), r.late() ? late : ""));
                }
                case OFFICES -> tracking.byAgency(period).stream().filter(r -> r.parentId() == null)
                        .forEach(r -> writer.row(r.name(), r.projects(), r.budget(), r.disbursed(), r.disbursedPercent()));
                case DIMENSIONS -> tracking.byDimension(period).forEach(d -> writer.row(d.label(locale),
                        d.projects(), d.budget(), d.disbursed(), d.disbursedPercent()));
                case MONTHS -> tracking.completenessByMonth(period).forEach(m -> writer.row(m.month(), m.expected(),
                        m.reported(), m.missing(), m.reportedPercent()));
            }
        }
    }

    private <T> void pages(BiFunction<Pageable, Integer, List<T>> fetch, java.util.function.Consumer<T> each) {
        int page = 0;
        List<T> batch;
        do {
            batch = fetch.apply(PageRequest.of(page++, PAGE), PAGE);
            batch.forEach(each);
        } while (batch.size() == PAGE);
    }

    private String text(String key, Locale locale) {
        return Messages.get(locale, key);
    }

    /** Offices flush left, divisions and groups indented, as in the tree. */
    public static String indent(AgencyRow row) {
        return switch (row.level()) {
            case OFFICE -> "";
            case DIVISION -> "\u00a0\u00a0";
            default -> "\u00a0\u00a0\u00a0\u00a0";
        };
    }
}
