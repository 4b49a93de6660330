package th.go.bangkok.tidtam.agency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.ConstraintViolationException;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import th.go.bangkok.tidtam.IntegrationTest;
import th.go.bangkok.tidtam.TestUsers;
import th.go.bangkok.tidtam.audit.AuditAction;
import th.go.bangkok.tidtam.audit.AuditFilter;
import th.go.bangkok.tidtam.audit.AuditService;

/** An agency's official name beside its short one: kept, shown, audited, and matched like the short name. */
@IntegrationTest
class AgencyOfficialNameTest {

    private static final String OCSC_OFFICIAL = "สำนักงานคณะกรรมการข้าราชการกรุงเทพมหานคร";

    @Autowired
    AgencyService agencies;
    @Autowired
    AuditService audit;
    @Autowired
    TestUsers users;

    @Test
    void the_demo_offices_carry_their_official_names_and_keep_their_short_ones() {
        var offices = users.as(TestUsers.OFFICER, () -> agencies.offices());
        assertThat(offices).filteredOn(o -> o.nameTh().equals("สำนักงาน ก.ก.")).singleElement()
                .extracting(AgencyNode::officialName).isEqualTo(OCSC_OFFICIAL);
        assertThat(offices).filteredOn(o -> o.nameTh().equals("สำนักยุทธศาสตร์และประเมินผล")).singleElement()
                .extracting(AgencyNode::officialName).isEqualTo("สำนักยุทธศาสตร์และประเมินผล");
        assertThat(offices).filteredOn(o -> List.of("สำนักการแพทย์", "สำนักงานเขตบางกอกน้อย").contains(o.nameTh()))
                .hasSize(2).allSatisfy(o -> assertThat(o.officialName()).isEqualTo(o.nameTh()));
    }

    @Test
    void an_administrator_sets_and_changes_the_official_name_and_the_audit_trail_shows_old_and_new() {
        users.signIn(TestUsers.ADMIN);
        var shortName = "สำนักทดสอบ " + UUID.randomUUID().toString().substring(0, 8);
        long id = agencies.createOffice(new AgencyData(AgencyServiceAccessTest.freeCode(), shortName, null,
                "  สำนักงาน   ทดสอบ\u00A0ชื่อเต็ม ", 0));
        var created = agencies.find(id).orElseThrow();
        assertThat(created.nameTh()).isEqualTo(shortName);
        assertThat(created.officialName()).as("spaces collapsed").isEqualTo("สำนักงาน ทดสอบ ชื่อเต็ม");

        agencies.update(id, new AgencyData(created.code(), shortName, null, "สำนักงานทดสอบชื่อใหม่", created.version()));
        var renamed = agencies.find(id).orElseThrow();
        assertThat(renamed.officialName()).isEqualTo("สำนักงานทดสอบชื่อใหม่");
        assertThat(renamed.nameTh()).isEqualTo(shortName);
        agencies.update(id, new AgencyData(renamed.code(), shortName, null, " ", renamed.version()));
        assertThat(agencies.find(id).orElseThrow().officialName()).as("blank clears it").isNull();

        var trail = audit.find(AuditFilter.forEntity("Agency", String.valueOf(id)), PageRequest.of(0, 10));
        assertThat(trail).filteredOn(e -> e.getAction() == AuditAction.CREATE).singleElement()
                .satisfies(e -> assertThat(e.getChanges()).contains("officialName: ∅ → สำนักงาน ทดสอบ ชื่อเต็ม"));
        assertThat(trail).filteredOn(e -> e.getAction() == AuditAction.UPDATE).extracting(e -> e.getChanges())
                .containsExactlyInAnyOrder("officialName: สำนักงาน ทดสอบ ชื่อเต็ม → สำนักงานทดสอบชื่อใหม่",
                        "officialName: สำนักงานทดสอบชื่อใหม่ → ∅");
    }

    @Test
    void an_official_name_longer_than_an_agency_name_may_be_is_refused() {
        users.signIn(TestUsers.ADMIN);
        assertThatThrownBy(() -> agencies.createOffice(new AgencyData(AgencyServiceAccessTest.freeCode(),
                "สำนักยาว", null, "ก".repeat(256), 0))).isInstanceOf(ConstraintViolationException.class);
    }

    @Test
    void a_path_matches_level_by_level_by_short_or_official_name_whatever_its_spacing() {
        var all = users.as(TestUsers.OFFICER, () -> agencies.all());
        var group = AgencyNames.find(List.of(OCSC_OFFICIAL, "กองพัฒนาระบบราชการกรุงเทพมหานคร",
                "กลุ่มงานพัฒนาระบบงานและนวัตกรรมบริการ"), all).orElseThrow();
        assertThat(AgencyNode.paths(all).get(group.id())).isEqualTo(
                "สำนักงาน ก.ก. / กองพัฒนาระบบราชการกรุงเทพมหานคร / กลุ่มงานพัฒนาระบบงานและนวัตกรรมบริการ");
        assertThat(AgencyNames.find(List.of(" สำนักงาน  ก.ก.", "กองพัฒนาระบบ\u200Bราชการกรุงเทพมหานคร",
                "กลุ่มงานพัฒนาระบบงานและนวัตกรรมบริการ "), all)).contains(group);
        var known = AgencyNames.known(List.of(OCSC_OFFICIAL, "กองพัฒนาระบบราชการกรุงเทพมหานคร", "กลุ่มงานใหม่"), all);
        assertThat(known).extracting(AgencyNode::nameTh)
                .containsExactly("สำนักงาน ก.ก.", "กองพัฒนาระบบราชการกรุงเทพมหานคร");
        assertThat(AgencyNames.find(List.of(OCSC_OFFICIAL, "กลุ่มงานพัฒนาระบบงานและนวัตกรรมบริการ"), all))
                .as("a group is not a division").isEmpty();
    }
}
