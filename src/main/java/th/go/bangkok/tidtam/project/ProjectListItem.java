package th.go.bangkok.tidtam.project;

import java.math.BigDecimal;

/**
 * One row of the project list, read in one query with its agency. Budget used and progress come from the
 * progress reports of a later issue; until then used is 0 and progress empty.
 */
public record ProjectListItem(String code, String name, int fiscalYear, String agencyName, ProjectStatus status,
                              BigDecimal budget, BigDecimal used, BigDecimal progress, boolean mine) {

    public ProjectListItem(String code, String name, int fiscalYear, String agencyName, ProjectStatus status,
                           BigDecimal budget, Integer mineFlag) {
        this(code, name, fiscalYear, agencyName, status, budget, BigDecimal.ZERO.setScale(2), null,
                mineFlag != null && mineFlag == 1);
    }
}
