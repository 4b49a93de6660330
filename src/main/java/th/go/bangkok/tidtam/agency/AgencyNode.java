package th.go.bangkok.tidtam.agency;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import th.go.bangkok.tidtam.base.Trees;

/** An agency as the tree grid and pickers show it. */
public record AgencyNode(long id, Long parentId, AgencyLevel level, String code, String nameTh, String nameEn,
                         long version) {

    /**
     * "สำนักงาน ก.ก. / กองพัฒนาระบบราชการกรุงเทพมหานคร / …" for every node of a tree read whole (pickers,
     * labels), computed once.
     */
    public static Map<Long, String> paths(List<AgencyNode> all) {
        var byId = all.stream().collect(Collectors.toMap(AgencyNode::id, Function.identity()));
        return all.stream().collect(Collectors.toMap(AgencyNode::id, a -> String.join(" / ",
                Trees.ancestry(a, n -> n.parentId() == null ? null : byId.get(n.parentId())).stream()
                        .map(AgencyNode::nameTh).toList())));
    }

    static AgencyNode of(Agency agency) {
        return new AgencyNode(agency.getId(), agency.getParent() == null ? null : agency.getParent().getId(),
                agency.getLevel(), agency.getCode(), agency.getNameTh(), agency.getNameEn(), agency.getVersion());
    }
}
