package th.go.bangkok.tidtam.agency;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import th.go.bangkok.tidtam.base.Trees;

/** An agency as the tree grid and pickers show it. */
public record AgencyNode(long id, Long parentId, AgencyLevel level, String code, String nameTh, String nameEn,
                         String officialName, long version) {

    /**
     * "สำนักงาน ก.ก. / กองพัฒนาระบบราชการกรุงเทพมหานคร / …" for every node of a tree read whole (pickers,
     * labels), computed once.
     */
    public static Map<Long, String> paths(List<AgencyNode> all) {
        // the shared tree (AgencyService.all(), one list until an administrator changes it) is asked on every
        // tracking page: its paths are made once for it
        var last = lastPaths;
        if (last != null && last.of() == all) {
            return last.paths();
        }
        var made = makePaths(all);
        lastPaths = new Paths(all, made);
        return made;
    }

    private record Paths(List<AgencyNode> of, Map<Long, String> paths) {
    }

    private static volatile Paths lastPaths;

    private static Map<Long, String> makePaths(List<AgencyNode> all) {
        var byId = all.stream().collect(Collectors.toMap(AgencyNode::id, Function.identity()));
        // unmodifiable, as it is shared; get(null) stays null (people without an agency)
        return java.util.Collections.unmodifiableMap(all.stream().collect(Collectors.toMap(AgencyNode::id,
                a -> String.join(" / ", Trees.ancestry(a, n -> n.parentId() == null ? null : byId.get(n.parentId()))
                        .stream().map(AgencyNode::nameTh).toList()))));
    }

    /** The office at the top of the node's branch, from the tree read whole and keyed by id. */
    public static AgencyNode officeOf(AgencyNode node, Map<Long, AgencyNode> byId) {
        return Trees.ancestry(node, n -> n.parentId() == null ? null : byId.get(n.parentId())).getFirst();
    }

    /** Whether the agency is the given one or below it, from the tree keyed by id. */
    public static boolean within(long agencyId, long ancestorId, Map<Long, AgencyNode> byId) {
        for (var node = byId.get(agencyId); node != null; node = node.parentId() == null ? null
                : byId.get(node.parentId())) {
            if (node.id() == ancestorId) {
                return true;
            }
        }
        return false;
    }

    static AgencyNode of(Agency agency) {
        return new AgencyNode(agency.getId(), agency.getParent() == null ? null : agency.getParent().getId(),
                agency.getLevel(), agency.getCode(), agency.getNameTh(), agency.getNameEn(), agency.getOfficialName(),
                agency.getVersion());
    }
}
