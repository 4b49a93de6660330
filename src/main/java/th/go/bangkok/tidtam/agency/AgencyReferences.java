package th.go.bangkok.tidtam.agency;

/**
 * Implemented by every feature that points at agencies (users, later projects), so that an agency in use is
 * never deleted, without the agency feature depending on theirs.
 */
public interface AgencyReferences {

    /** How many records of this feature point at the agency. */
    long countReferencing(long agencyId);

    /** The i18n key of a message saying what uses it, with {0} for the count. */
    String inUseMessageKey();
}
