package th.go.bangkok.tidtam.agency;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds the agencies a text names (the old system's exports print "office / division / group") in the tree read
 * whole. Each level matches a child of the level above by its short name (สำนักงาน ก.ก.) or its official name
 * (สำนักงานคณะกรรมการข้าราชการกรุงเทพมหานคร), spaces collapsed, since exports print either and pad them unevenly
 * (docs/decisions/0016-agency-names-and-remembered-mappings.md).
 */
public final class AgencyNames {

    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");
    // zero-width spaces mark Thai word breaks in some exports and are invisible on screen
    private static final Pattern INVISIBLE = Pattern.compile("[\\u200B\\uFEFF]");

    private AgencyNames() {
    }

    /** The name with its invisible characters removed and every run of spaces made one space. */
    public static String normalise(String name) {
        return name == null ? "" : SPACES.matcher(INVISIBLE.matcher(name).replaceAll("")).replaceAll(" ").strip();
    }

    /** "office / division / group", normalised: how a path a file names is compared and remembered. */
    public static String key(List<String> path) {
        return String.join(" / ", path.stream().map(AgencyNames::normalise).toList());
    }

    /** The agency the whole path names, if every level is in the tree. */
    public static Optional<AgencyNode> find(List<String> path, List<AgencyNode> all) {
        var chain = known(path, all);
        return path.isEmpty() || chain.size() < path.size() ? Optional.empty() : Optional.of(chain.getLast());
    }

    /**
     * The agencies the path names from its top, as far down as they are in the tree (empty when the office is
     * unknown); the rest of the path is what is missing. Among same-named siblings the first in the tree's order
     * wins.
     */
    public static List<AgencyNode> known(List<String> path, List<AgencyNode> all) {
        var chain = new ArrayList<AgencyNode>();
        Long parent = null;
        for (var level : path) {
            var wanted = normalise(level);
            var parentId = parent;
            var found = all.stream().filter(a -> Objects.equals(a.parentId(), parentId) && names(a, wanted))
                    .findFirst();
            if (found.isEmpty()) {
                break;
            }
            chain.add(found.get());
            parent = found.get().id();
        }
        return List.copyOf(chain);
    }

    private static boolean names(AgencyNode agency, String wanted) {
        return !wanted.isEmpty() && (wanted.equals(normalise(agency.nameTh()))
                || agency.officialName() != null && wanted.equals(normalise(agency.officialName())));
    }
}
