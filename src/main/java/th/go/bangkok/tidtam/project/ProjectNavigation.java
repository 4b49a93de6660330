package th.go.bangkok.tidtam.project;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import th.go.bangkok.tidtam.base.Navigation;

/** The addresses of projects: the list with its filters, a project's page and tabs, its official form. */
public final class ProjectNavigation {

    public static final String LIST = "projects";
    public static final String TAB_REPORTS = "reports";
    public static final String TAB_CHANGES = "changes";

    private ProjectNavigation() {
    }

    /** The list filtered as the parameters say (fy, status, agency …, as /projects reads them). */
    public static String list(Map<String, ?> filters) {
        return Navigation.address(LIST, filters);
    }

    public static String project(String code) {
        return LIST + "/" + code;
    }

    /** One tab of the project page: {@link #TAB_REPORTS}, {@link #TAB_CHANGES} … */
    public static String tab(String code, String tab) {
        return Navigation.address(project(code), Map.of("tab", tab));
    }

    /** The reports tab with the report of that month open. */
    public static String report(String code, YearMonth month) {
        var query = new LinkedHashMap<String, Object>();
        query.put("tab", TAB_REPORTS);
        query.put("report", month);
        return Navigation.address(project(code), query);
    }

    /** The official form as the project stands now (served by the report feature at this address). */
    public static String form(String code) {
        return project(code) + "/form.pdf";
    }

    /** The official form as the project stood at the end of that closed month. */
    public static String formAsOf(String code, YearMonth month) {
        return Navigation.address(form(code), Map.of("asOf", month));
    }
}
