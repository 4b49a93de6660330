package th.go.bangkok.tidtam.project;

import java.util.List;
import java.util.Map;

/**
 * The records other features keep for a project (its reports, say), named as the audit trail files them, so that
 * the project's history tab shows their changes too. Called inside the project service's transaction, after it
 * checked that the caller may read the project.
 */
public interface ProjectRecords {

    /** Audit entity type → ids of this project's records of that type. */
    Map<String, List<String>> auditedRecordsOf(long projectId);
}
