package th.go.bangkok.tidtam.project;

import java.math.BigDecimal;

/**
 * One row of the project list, read in one query with its agency; budget used and the latest % done come from the
 * progress reports of the page's projects in one more query ({@link BudgetUsage}).
 */
public record ProjectListItem(String code, String name, int fiscalYear, String agencyName, ProjectStatus status,
                              BigDecimal budget, BigDecimal used, BigDecimal progress, boolean mine, long id) {

    public ProjectListItem(String code, String name, int fiscalYear, String agencyName, ProjectStatus status,
                           BigDecimal budget, Integer mineFlag, Long id) {
        // a few hundred offices' names, each one string for every row and session that shows it
        this(code, name, fiscalYear, agencyName == null ? null : agencyName.intern(), status, budget,
                BigDecimal.ZERO.setScale(2), null, mineFlag != null && mineFlag == 1, id);
    }

    /** With the budget used and the latest % done its reports give. */
    ProjectListItem withUsage(BudgetUsage.Usage usage) {
        return new ProjectListItem(code, name, fiscalYear, agencyName, status, budget, usage.used(), usage.progress(),
                mine, id);
    }
}
