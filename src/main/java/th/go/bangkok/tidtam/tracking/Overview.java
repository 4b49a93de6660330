package th.go.bangkok.tidtam.tracking;

import java.util.List;

/** What the top of /tracking shows: the headline cards and completeness by agency, read together. */
public record Overview(Headline headline, List<AgencyRow> agencies) {
}
