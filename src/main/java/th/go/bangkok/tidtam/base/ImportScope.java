package th.go.bangkok.tidtam.base;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.security.access.AccessDeniedException;

/**
 * The import doors of the project, progress and change services (writing a project as the old system held it:
 * past reports, approvals by letter) open only while the legacy importer is storing a file of that project, in the
 * importer's own thread. No screen opens a scope, so nobody reaches the doors from the UI to write reports into
 * an open month or approve a change without the head; they stay the importer's.
 */
public final class ImportScope {

    private static final ThreadLocal<Set<String>> OPEN = ThreadLocal.withInitial(HashSet::new);

    private ImportScope() {
    }

    /** Runs the work with the doors open for this project code (and closes them after, whatever happens). */
    public static <T> T open(String projectCode, Supplier<T> work) {
        boolean opened = OPEN.get().add(projectCode);
        try {
            return work.get();
        } finally {
            if (opened) {
                OPEN.get().remove(projectCode);
            }
        }
    }

    /** @throws AccessDeniedException unless a file of this project is being imported in this thread */
    public static void require(String projectCode) {
        if (projectCode == null || !OPEN.get().contains(projectCode)) {
            throw new AccessDeniedException("the import doors open only while a file is imported");
        }
    }
}
