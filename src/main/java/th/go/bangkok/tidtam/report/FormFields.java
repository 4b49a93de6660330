package th.go.bangkok.tidtam.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import th.go.bangkok.tidtam.base.Baht;
import th.go.bangkok.tidtam.base.ThaiDates;
import th.go.bangkok.tidtam.change.ChangeRequestView;
import th.go.bangkok.tidtam.progress.ReportView;
import th.go.bangkok.tidtam.project.ProjectDetails;

/**
 * What a printout says, field by field, under the form's own labels (1.1 ชื่อโครงการ/กิจกรรม, รายงานครั้งที่ 3, …):
 * the content the verification reference is derived from, and what {@code /verify} compares with the live record
 * to name what changed. The print time is not part of it, so printing the same record twice gives the same
 * reference.
 */
record FormFields(Map<String, String> values) {

    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    static FormFields of(ProjectDetails p, List<ReportView> reports, List<ChangeRequestView> changes) {
        var v = new LinkedHashMap<String, String>();
        v.put("ชื่อโครงการ/กิจกรรม", p.name());
        v.put("รหัสโครงการ", p.code());
        v.put("ปีงบประมาณ พ.ศ.", String.valueOf(p.fiscalYear()));
        v.put("เริ่มต้นโครงการ", ThaiDates.formatLong(p.startDate()));
        v.put("สิ้นสุดโครงการ", ThaiDates.formatLong(p.endDate()));
        v.put("งบประมาณที่ได้รับ", Baht.format(p.budget()));
        v.put("งบประมาณที่ใช้ไป", Baht.format(p.budgetUsed()));
        v.put("หน่วยงานที่รับผิดชอบ", nullToEmpty(p.agencyPath()));
        v.put("ชื่อผู้รับผิดชอบ", nullToEmpty(p.responsibleName()) + " โทร. " + nullToEmpty(p.responsiblePhone()));
        v.put("ผู้ประสานงาน สยป.", nullToEmpty(p.coordinatorName()) + " โทร. " + nullToEmpty(p.coordinatorPhone()));
        v.put("หลักการและเหตุผล", nullToEmpty(p.rationale()));
        v.put("วัตถุประสงค์ของโครงการ", String.join("\n", p.objectives()));
        v.put("เป้าหมายเชิงคุณภาพ", String.join("\n", p.qualityTargets()));
        v.put("เป้าหมายเชิงปริมาณ", p.quantityTargets().stream().map(FormPdf::quantityLine)
                .collect(Collectors.joining("\n")));
        v.put("สนับสนุนแผนพัฒนากรุงเทพมหานคร ระยะ 20 ปี", p.planChains().stream()
                .map(chain -> chain.stream().map(FormPdf::planLine).collect(Collectors.joining(" / ")))
                .collect(Collectors.joining("\n")));
        if (!p.importNotes().isEmpty()) {
            // only when there are any, so the references of forms printed before stay valid
            v.put(FormPdf.IMPORT_NOTES, p.importNotes().stream().map(FormPdf::importNoteLine)
                    .collect(Collectors.joining("\n")));
        }
        for (var r : reports) {
            var key = "รายงานครั้งที่ " + r.number();
            if (v.containsKey(key)) {
                // an imported history may print a number twice: the second is told by its date, the first keeps its key
                key += " (" + ThaiDates.formatShort(r.reportDate()) + ")";
            }
            v.put(key, String.join(" | ", ThaiDates.formatLong(r.reportDate()),
                    nullToEmpty(r.steps()), FormPdf.progressLine(r), FormPdf.moneyLine(r), FormPdf.judgementLine(r)));
        }
        for (var c : changes) {
            v.put("การเปลี่ยนแปลงตามหนังสือ " + c.letterNo(), String.join(" | ", ThaiDates.formatLong(c.letterDate()),
                    c.kind().name(), nullToEmpty(c.reason()), nullToEmpty(c.description())));
        }
        return new FormFields(v);
    }

    /** A short code for the content: ten characters of its SHA-256, in letters and digits people do not confuse. */
    String reference() {
        byte[] hash;
        try {
            hash = MessageDigest.getInstance("SHA-256").digest(canonical().getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        var code = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            code.append(ALPHABET.charAt((hash[i] & 0xff) % ALPHABET.length()));
            if (i == 4) {
                code.append('-');
            }
        }
        return code.toString();
    }

    /** The labels whose values differ between the printout and now, in the form's order (added or gone too). */
    List<String> changedSince(FormFields printed) {
        var labels = new java.util.LinkedHashSet<String>();
        labels.addAll(printed.values.keySet());
        labels.addAll(values.keySet());
        return labels.stream().filter(label -> !java.util.Objects.equals(printed.values.get(label), values.get(label)))
                .toList();
    }

    private String canonical() {
        return values.entrySet().stream().map(e -> e.getKey() + "\u001F" + e.getValue())
                .collect(Collectors.joining("\u001E"));
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
