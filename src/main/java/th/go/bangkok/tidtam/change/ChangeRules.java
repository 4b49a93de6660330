package th.go.bangkok.tidtam.change;

import java.util.List;
import org.springframework.stereotype.Component;
import th.go.bangkok.tidtam.base.NotFoundException;
import th.go.bangkok.tidtam.project.ProjectRef;
import th.go.bangkok.tidtam.project.ProjectService;

/**
 * What the change services share: a request is seen only by whoever may read its project. Package-private: the
 * feature's services ask it, nobody else.
 */
@Component
class ChangeRules {

    private final ProjectService projects;

    ChangeRules(ProjectService projects) {
        this.projects = projects;
    }

    /** The request's project, if the caller may read it; otherwise the request is "not found". */
    ProjectRef readable(ChangeRequest request) {
        var project = projects.refs(List.of(request.getProjectId())).get(request.getProjectId());
        if (project == null) {
            throw new NotFoundException("ChangeRequest", request.getId());
        }
        return project;
    }
}
