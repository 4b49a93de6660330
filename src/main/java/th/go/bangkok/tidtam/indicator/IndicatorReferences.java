package th.go.bangkok.tidtam.indicator;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import th.go.bangkok.tidtam.agency.AgencyReferences;
import th.go.bangkok.tidtam.strategy.PlanReferences;

/** An agency that owns indicator targets, or an indicator that has targets, cannot be deleted (it is retired). */
final class IndicatorReferences {

    private IndicatorReferences() {
    }

    @Component
    static class Agencies implements AgencyReferences {

        private final JdbcTemplate jdbc;

        Agencies(JdbcTemplate jdbc) {
            this.jdbc = jdbc;
        }

        @Override
        public long countReferencing(long agencyId) {
            return jdbc.queryForObject("select count(*) from indicator_target where owner_agency_id = ? or office_id = ?",
                    Long.class, agencyId, agencyId);
        }

        @Override
        public String inUseMessageKey() {
            return "agency.inUse.indicators";
        }
    }

    @Component
    static class Plan implements PlanReferences {

        private final JdbcTemplate jdbc;

        Plan(JdbcTemplate jdbc) {
            this.jdbc = jdbc;
        }

        @Override
        public long countReferencing(long planNodeId) {
            return jdbc.queryForObject("select count(*) from indicator_target where indicator_id = ?", Long.class,
                    planNodeId);
        }
    }
}
