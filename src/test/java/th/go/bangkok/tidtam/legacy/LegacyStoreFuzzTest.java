package th.go.bangkok.tidtam.legacy;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolationException;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import th.go.bangkok.tidtam.IntegrationTest;
import th.go.bangkok.tidtam.TestUsers;
import th.go.bangkok.tidtam.base.BusinessRuleException;

/**
 * Storing mutated exports: each one is either stored whole (the project and as many reports as the file has) or
 * refused with the importer's own error and nothing written, and refused only when it is no project at all or names
 * an agency we do not know (decision 0015). 150 cases in the suite, 3,000 with
 * {@code ./mvnw test -Pfuzz}.
 */
@IntegrationTest
class LegacyStoreFuzzTest {

    @Autowired
    LegacyImports imports;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_mutated_export_is_stored_whole_or_not_at_all() throws Exception {
        int cases = Integer.getInteger("tidtam.fuzz.store-cases", 150);
        var random = new Random(20261129L);
        int stored = 0;
        int refused = 0;
        for (int i = 0; i < cases; i++) {
            var sample = random.nextBoolean() ? LegacyFixtures.BANGKOK_NOI : LegacyFixtures.DEMENTIA;
            var bytes = LegacyMutations.mutate(LegacyFixtures.copy(sample).text(), random);
            var parsed = LegacyParser.parse(bytes).project();
            long projectsBefore = count("select count(*) from project");
            long reportsBefore = count("select count(*) from progress_report");
            long importsBefore = count("select count(*) from legacy_import");
            var description = "case " + i;
            try {
                var outcome = users.as(TestUsers.ADMIN, () -> imports.store(description + ".txt", bytes));
                switch (outcome.result()) {
                    case IMPORTED -> {
                        stored++;
                        assertThat(count("select count(*) from project")).as(description).isEqualTo(projectsBefore + 1);
                        assertThat(count("select count(*) from progress_report")).as(description)
                                .isEqualTo(reportsBefore + parsed.reports().size());
                        assertThat(count("select count(*) from legacy_import")).as(description)
                                .isEqualTo(importsBefore + 1);
                    }
                    case UPDATED, UNCHANGED -> assertThat(count("select count(*) from project")).as(description)
                            .isEqualTo(projectsBefore);
                    case FAILED -> throw new AssertionError(description + ": store never answers FAILED");
                }
            } catch (BusinessRuleException | ConstraintViolationException e) {
                refused++;
                // history is kept as filed: only a file that is no project (or names an agency we do not know) is refused
                var errors = users.as(TestUsers.ADMIN, () -> imports.preview(description + ".txt", bytes)).findings()
                        .stream().filter(f -> f.severity() == Finding.Severity.ERROR).map(Finding::key).toList();
                assertThat(errors).as(description + " " + e.getMessage()).isNotEmpty()
                        .isSubsetOf("code", "name", "fiscalYear", "unreadable", "agencyUnknown", "agencyNone");
                assertThat(count("select count(*) from project")).as(description + " " + e.getMessage())
                        .isEqualTo(projectsBefore);
                assertThat(count("select count(*) from progress_report")).as(description).isEqualTo(reportsBefore);
                assertThat(count("select count(*) from legacy_import")).as(description).isEqualTo(importsBefore);
            }
        }
        System.out.printf("store fuzz: %d cases, %d stored, %d refused%n", cases, stored, refused);
        assertThat(stored).as("most mutations leave a storable file").isPositive();
        assertThat(refused).as("some mutations break files").isPositive();
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }
}
