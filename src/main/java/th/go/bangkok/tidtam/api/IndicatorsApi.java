package th.go.bangkok.tidtam.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import th.go.bangkok.tidtam.indicator.IndicatorFilter;
import th.go.bangkok.tidtam.indicator.IndicatorService;
import th.go.bangkok.tidtam.indicator.IndicatorStatus;
import th.go.bangkok.tidtam.indicator.ResultView;
import th.go.bangkok.tidtam.indicator.TargetView;

/** The plan's indicators with their targets and results, as /indicators shows them to the token's owner. */
@RestController
@RequestMapping(path = "/api/v1/indicators", produces = "application/json")
@Tag(name = "indicators", description = "Indicators of the 20-year plan with their targets and results")
class IndicatorsApi {

    private final IndicatorService indicators;

    IndicatorsApi(IndicatorService indicators) {
        this.indicators = indicators;
    }

    record Line(long id, Long parentId, String level, String code, String name, Target target, Result latest,
                IndicatorStatus status, int projects, BigDecimal budget, BigDecimal disbursed) {
    }

    record Target(int fiscalYear, String kind, String unit, BigDecimal value, LocalDate dueDate, String direction,
                  BigDecimal baseline, long ownerAgencyId, String owner) {

        static Target of(TargetView t) {
            return t == null ? null : new Target(t.fiscalYear(), t.kind().name(), t.unit(), t.value(), t.dueDate(),
                    t.direction() == null ? null : t.direction().name(), t.baseline(), t.ownerAgencyId(),
                    t.ownerName());
        }
    }

    record Result(int fiscalYear, int quarter, BigDecimal value, Boolean done, LocalDate doneOn, String note,
                  String status, boolean counts) {

        static Result of(ResultView r) {
            return r == null ? null : new Result(r.quarter().fiscalYear(), r.quarter().quarter(), r.value(),
                    r.done(), r.doneOn(), r.note(), r.status().name(), r.counts());
        }
    }

    record Indicator(long id, String code, String name, List<String> chain, List<Year> years) {
    }

    record Year(Target target, IndicatorStatus status, List<Result> results) {
    }

    @GetMapping
    @Operation(summary = "The plan of a fiscal year as rows: dimension, sub-issue, goal, indicator",
            description = "Each indicator with its target of the year, its latest counted result and status; each "
                    + "row with the year's projects linked to it. fiscalYear in the Buddhist Era (e.g. 2569).")
    List<Line> tree(@Parameter(description = "fiscal year, Buddhist Era") @RequestParam int fiscalYear,
                    @RequestParam(required = false) Long dimensionId,
                    @Parameter(description = "owning agency (and the units below it)")
                    @RequestParam(required = false) Long agencyId,
                    @RequestParam(required = false) IndicatorStatus status) {
        return indicators.tree(fiscalYear, new IndicatorFilter(dimensionId, agencyId, status)).stream()
                .map(r -> new Line(r.id(), r.parentId(), r.level().name(), r.code(), r.name(), Target.of(r.target()),
                        Result.of(r.latest()), r.status(), r.projects(), r.budget(), r.disbursed()))
                .toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One indicator: its targets over the years, newest first, each with its quarters' results")
    Indicator get(@PathVariable long id) {
        var d = indicators.details(id);
        var years = d.years().stream().map(y -> new Year(Target.of(y.target()), y.status(),
                y.results().stream().map(Result::of).toList())).toList();
        var chain = d.chain().stream().map(n -> n.code() + " " + n.nameTh()).toList();
        return new Indicator(d.indicator().id(), d.indicator().code(), d.indicator().nameTh(), chain, years);
    }
}
