package th.go.bangkok.tidtam.indicator;

import java.util.LinkedHashMap;
import java.util.Map;
import th.go.bangkok.tidtam.base.Navigation;

/** The addresses of indicators: the list with its filters, one indicator in a fiscal year. */
public final class IndicatorNavigation {

    public static final String LIST = "indicators";

    private IndicatorNavigation() {
    }

    /** The list filtered as the parameters say (fy, status … as /indicators reads them). */
    public static String list(Map<String, ?> filters) {
        return Navigation.address(LIST, filters);
    }

    /** The list of one fiscal year's indicators in that status. */
    public static String list(int fiscalYear, String status) {
        var query = new LinkedHashMap<String, Object>();
        query.put("fy", fiscalYear);
        query.put("status", status);
        return list(query);
    }

    public static String indicator(long id) {
        return LIST + "/" + id;
    }

    public static String indicator(long id, int fiscalYear) {
        return Navigation.address(indicator(id), Map.of("fy", fiscalYear));
    }
}
