package th.go.bangkok.tidtam.base;

import java.util.Collection;
import java.util.Map;

/**
 * The people behind the usernames that records keep (who asked, who decided, who printed, who changed what): screens
 * show their names, never the username (issue #19). Implemented by the users feature; features and their screens
 * depend on this interface, so none of them depends on users (and audit, which users writes to, stays out of a cycle).
 */
public interface People {

    /** The jobs' name in records (reminders, the freeze, demo data); screens show it as "ระบบ". */
    String SYSTEM = "system";

    /**
     * Each known username's full name, in one query. Usernames with no account (the system, a name kept from the old
     * system, an account since removed) are left out: callers show those as they are.
     */
    Map<String, String> names(Collection<String> usernames);
}
