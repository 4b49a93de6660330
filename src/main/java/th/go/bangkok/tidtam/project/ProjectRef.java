package th.go.bangkok.tidtam.project;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A project's key facts for other features, with whether the signed-in user may change its data. */
public record ProjectRef(long id, String code, ProjectStatus status, BigDecimal budget, LocalDate startDate,
                         LocalDate endDate, boolean editable, String name, long officeId) {
}
