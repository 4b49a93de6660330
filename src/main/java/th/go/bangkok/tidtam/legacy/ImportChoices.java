package th.go.bangkok.tidtam.legacy;

/**
 * What the importer decided in the preview where the file could not be matched on its own: an existing agency to
 * use instead of the one named (mapping), or, for an administrator, to add the agencies the file names that are not
 * in the tree yet; and a plan item to link instead of the one the file names.
 */
public record ImportChoices(Long agencyId, boolean createAgency, Long planNodeId) {

    public static final ImportChoices NONE = new ImportChoices(null, false, null);
}
