package th.go.bangkok.tidtam.agency;

/** An agency as the tree grid and pickers show it. */
public record AgencyNode(long id, Long parentId, AgencyLevel level, String code, String nameTh, String nameEn,
                         long version) {

    static AgencyNode of(Agency agency) {
        return new AgencyNode(agency.getId(), agency.getParent() == null ? null : agency.getParent().getId(),
                agency.getLevel(), agency.getCode(), agency.getNameTh(), agency.getNameEn(), agency.getVersion());
    }
}
