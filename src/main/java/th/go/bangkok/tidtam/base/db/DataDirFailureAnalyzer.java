package th.go.bangkok.tidtam.base.db;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** A refused data folder ends the start with Spring Boot's short report (what and how to fix it), no stack trace. */
class DataDirFailureAnalyzer extends AbstractFailureAnalyzer<EmbeddedMariaDb.DataDirException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, EmbeddedMariaDb.DataDirException cause) {
        return new FailureAnalysis(cause.getMessage().substring(0, cause.getMessage().length() - cause.action.length())
                .strip(), cause.action, cause);
    }
}
