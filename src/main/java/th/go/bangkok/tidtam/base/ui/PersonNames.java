package th.go.bangkok.tidtam.base.ui;

import com.vaadin.flow.component.Component;
import java.util.Collection;
import java.util.Map;
import java.util.function.UnaryOperator;
import th.go.bangkok.tidtam.base.People;

/**
 * Usernames as screens show them: the person's name, "ระบบ" for the jobs, a name with no account as it was kept.
 * Look up all the names a screen (or a grid page) shows at once: one query, not one per row.
 */
public final class PersonNames {

    private PersonNames() {
    }

    public static UnaryOperator<String> of(People people, Component c, Collection<String> usernames) {
        return shown(c, people.names(usernames));
    }

    static UnaryOperator<String> shown(Component c, Map<String, String> names) {
        return username -> username == null ? ""
                : People.SYSTEM.equals(username) ? c.getTranslation("people.system")
                : names.getOrDefault(username, username);
    }
}
