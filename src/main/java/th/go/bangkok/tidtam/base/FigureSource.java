package th.go.bangkok.tidtam.base;

/**
 * An entity whose changes change the dashboards' figures (projects, reports, change requests, indicator targets and
 * results): writing one makes {@link FigureCache} compute them again.
 */
public interface FigureSource {
}
