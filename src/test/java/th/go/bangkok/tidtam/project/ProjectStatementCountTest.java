package th.go.bangkok.tidtam.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import th.go.bangkok.tidtam.IntegrationTest;
import th.go.bangkok.tidtam.TestUsers;

/**
 * No N+1: a grid page and a project cost a fixed number of SQL statements, however much they hold. A list page
 * is its rows plus one query for their budget used (derived from the progress reports).
 */
@IntegrationTest
class ProjectStatementCountTest {

    @Autowired
    th.go.bangkok.tidtam.StatementCounter counter;

    @Autowired
    ProjectService projects;
    @Autowired
    ProjectFilingService filing;
    @Autowired
    ProjectFixtures fixtures;
    @Autowired
    TestUsers users;

    @Test
    void one_page_of_the_project_list_is_two_statements_and_its_count_one() {
        for (int i = 0; i < 3; i++) {
            fixtures.create("โครงการนับคำสั่ง " + UUID.randomUUID());
        }
        users.signIn(TestUsers.COORDINATOR);
        th.go.bangkok.tidtam.base.FigureCache.changed();
        long page = counter.prepared(() -> projects.find(ProjectFilter.none(), PageRequest.of(0, 50)).size());
        long again = counter.prepared(() -> projects.find(ProjectFilter.none(), PageRequest.of(0, 50)).size());
        long count = counter.prepared(() -> projects.count(ProjectFilter.none()));
        assertThat(page).as("the rows, then the budget used of those rows").isEqualTo(2);
        assertThat(again).as("the rows; their money used is known (decision 0031)").isEqualTo(1);
        assertThat(count).isEqualTo(1);
        users.signIn(TestUsers.OFFICER);
        long filtered = counter.prepared(() -> projects.find(
                new ProjectFilter(2569, null, 1L, 1L, ProjectStatus.DRAFT, null), PageRequest.of(0, 50)).size());
        assertThat(filtered).as("no rows: no budget query").isLessThanOrEqualTo(2);
        th.go.bangkok.tidtam.base.FigureCache.changed();
        long searched = counter.prepared(() -> projects.find(
                new ProjectFilter(null, null, null, null, null, "นับคำสั่ง"), PageRequest.of(0, 50)).size());
        assertThat(searched).as("a search of three characters or more probes its pieces first").isEqualTo(3);
    }

    @Test
    void the_rows_a_coordinator_and_an_administrator_both_see_are_one_instance_and_an_officers_own_row_keeps_its_flag() {
        var name = "โครงการแถวร่วม " + UUID.randomUUID();
        fixtures.create(name);
        var byName = new ProjectFilter(null, null, null, null, null, name);
        var first = users.as(TestUsers.COORDINATOR, () -> projects.find(ProjectFilter.none(), PageRequest.of(0, 50)));
        var again = users.as(TestUsers.COORDINATOR, () -> projects.find(ProjectFilter.none(), PageRequest.of(0, 50)));
        assertThat(again).hasSameSizeAs(first).isNotEmpty();
        for (int i = 0; i < first.size(); i++) {
            assertThat(again.get(i)).as("row %d is held once for two sessions", i).isSameAs(first.get(i));
        }
        var asCoordinator = users.as(TestUsers.COORDINATOR, () -> projects.find(byName, PageRequest.of(0, 50)));
        var asAdministrator = users.as(TestUsers.ADMIN, () -> projects.find(byName, PageRequest.of(0, 50)));
        assertThat(asAdministrator).singleElement().as("the same row for another user who sees it the same way")
                .isSameAs(asCoordinator.getFirst());
        var owners = users.as(TestUsers.OFFICER, () -> projects.find(byName, PageRequest.of(0, 50)));
        assertThat(asCoordinator).singleElement().extracting(ProjectListItem::mine).isEqualTo(false);
        assertThat(owners).singleElement().extracting(ProjectListItem::mine).isEqualTo(true);
        assertThat(owners.getFirst()).isNotSameAs(asCoordinator.getFirst());
        assertThat(owners.getFirst().agencyName()).as("an office's name is one string for every row")
                .isSameAs(asCoordinator.getFirst().agencyName());
    }

    @Test
    void a_list_count_is_counted_once_for_everyone_who_sees_that_list_and_again_after_a_project_is_written() {
        fixtures.create("โครงการนับครั้งเดียว " + UUID.randomUUID());
        th.go.bangkok.tidtam.base.FigureCache.changed();
        var all = ProjectFilter.none();
        long counted = users.as(TestUsers.COORDINATOR, () -> counter.prepared(() -> projects.count(all)));
        var coordinators = users.as(TestUsers.COORDINATOR, () -> projects.count(all));
        long read = users.as(TestUsers.ADMIN, () -> counter.prepared(() -> projects.count(all)));
        var admins = users.as(TestUsers.ADMIN, () -> projects.count(all));
        assertThat(counted).as("the first viewer counts").isEqualTo(1);
        assertThat(read).as("another user with the same scope reads the count").isZero();
        assertThat(admins).isEqualTo(coordinators);

        long officersOwn = users.as(TestUsers.OFFICER, () -> counter.prepared(() -> projects.count(all)));
        var officers = users.as(TestUsers.OFFICER, () -> projects.count(all));
        assertThat(officersOwn).as("an officer's list is another list").isEqualTo(1);
        assertThat(officers).as("their agency's projects only").isLessThan(coordinators);

        fixtures.create("โครงการนับใหม่ " + UUID.randomUUID());
        assertThat(users.as(TestUsers.COORDINATOR, () -> projects.count(all)))
                .as("a project written is counted by the next viewer at once").isEqualTo(coordinators + 1);
    }

    @Test
    void loading_a_project_costs_the_same_statements_whether_it_holds_one_item_or_many() {
        var small = fixtures.create("โครงการเล็ก " + UUID.randomUUID());
        var valid = fixtures.valid("โครงการใหญ่ " + UUID.randomUUID());
        var big = new ProjectData("", valid.name(), valid.fiscalYear(), valid.startDate(), valid.endDate(), valid.budget(),
                valid.agencyId(), valid.responsibleName(), valid.responsiblePhone(), valid.coordinatorName(),
                valid.coordinatorPhone(), valid.rationale(),
                List.of("หนึ่ง", "สอง", "สาม", "สี่", "ห้า", "หก"), List.of("ก", "ข", "ค", "ง"),
                List.of(valid.quantityTargets().getFirst(), new ProjectData.QuantityTargetData("ชุมชน",
                        new BigDecimal("14"), "ชุมชน", List.of()), new ProjectData.QuantityTargetData("ครั้ง",
                        new BigDecimal("3"), "ครั้ง", List.of())), valid.planNodeIds(), 0);
        var bigCode = users.as(TestUsers.OFFICER, () -> filing.create(big));

        users.signIn(TestUsers.OFFICER);
        long smallCost = counter.prepared(() -> projects.get(small).objectives().size());
        long bigCost = counter.prepared(() -> projects.get(bigCode).objectives().size());
        assertThat(bigCost).isEqualTo(smallCost);
        assertThat(smallCost).isLessThanOrEqualTo(8);
    }

    @org.junit.jupiter.api.AfterEach
    void signOut() {
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
    }
}
