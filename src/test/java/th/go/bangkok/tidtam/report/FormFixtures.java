package th.go.bangkok.tidtam.report;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import th.go.bangkok.tidtam.TestUsers;
import th.go.bangkok.tidtam.progress.ProgressReportData;
import th.go.bangkok.tidtam.progress.ReportImportService;
import th.go.bangkok.tidtam.project.ProjectData;
import th.go.bangkok.tidtam.project.ProjectFixtures;
import th.go.bangkok.tidtam.project.ProjectFilingService;

/**
 * Projects to print: one of the demo officer's with twelve monthly reports and long Thai texts, and the PDF turned
 * back into text with poppler's pdftotext, page by page.
 */
@Component
public class FormFixtures {

    /** A long paragraph of Thai without spaces inside the words, as rationales are written. */
    static final String LONG_THAI = "กรุงเทพมหานครมีภารกิจในการพัฒนาบุคลากรให้มีความรู้ความสามารถและทักษะที่จำเป็น"
            + "ต่อการปฏิบัติงานในยุคดิจิทัล เพื่อให้การให้บริการประชาชนเป็นไปอย่างมีประสิทธิภาพ รวดเร็ว โปร่งใส"
            + "และตรวจสอบได้ ตลอดจนสอดคล้องกับแผนพัฒนากรุงเทพมหานครระยะ 20 ปี ด้านการบริหารจัดการเมืองมหานคร";

    @Autowired
    ProjectFilingService filing;
    @Autowired
    ReportImportService reportImports;
    @Autowired
    ProjectFixtures projectFixtures;
    @Autowired
    TestUsers users;

    /** A running FY 2569 project of the demo officer with a report for each of its twelve months. */
    public String withTwelveReports() {
        var valid = projectFixtures.valid("โครงการพิมพ์แบบฟอร์ม");
        var data = new ProjectData("", valid.name(), 2569, valid.startDate(), valid.endDate(), valid.budget(),
                valid.agencyId(), valid.responsibleName(), valid.responsiblePhone(), valid.coordinatorName(),
                valid.coordinatorPhone(), LONG_THAI + "\n\n" + LONG_THAI + "\n\n" + LONG_THAI,
                List.of(LONG_THAI, "เพื่อปรับปรุงคู่มือการปฏิบัติงาน"), valid.qualityTargets(), valid.quantityTargets(),
                valid.planNodeIds(), 0);
        var code = users.as(TestUsers.OFFICER, () -> {
            var created = filing.create(data);
            filing.submit(created);
            return created;
        });
        users.as(TestUsers.ADMIN, () -> {
            var first = YearMonth.of(2025, 10);
            for (int i = 0; i < 12; i++) {
                var month = first.plusMonths(i);
                reportImports.recordHistorical(code, month, report(month, i), false, "ผู้รับผิดชอบ");
            }
        });
        return code;
    }

    public void addReport(String code, YearMonth month, int i) {
        users.as(TestUsers.ADMIN, () -> reportImports.recordHistorical(code, month, report(month, i), false, "ผู้รับผิดชอบ"));
    }

    private static ProgressReportData report(YearMonth month, int i) {
        var steps = "1. จัดประชุมคณะทำงานครั้งที่ " + (i + 1) + " เพื่อติดตามความก้าวหน้า\n2. " + LONG_THAI;
        return new ProgressReportData(month.atDay(20), steps, new BigDecimal(8 * (i + 1)).min(new BigDecimal(100))
                .setScale(2), new BigDecimal("2700.00"), i % 3 != 2, i % 4 != 3, null, 0);
    }

    /** The text of each page, as a reader copying from the PDF gets it. */
    public static List<String> pages(byte[] pdf) throws IOException, InterruptedException {
        var file = Files.createTempFile("form", ".pdf");
        try {
            Files.write(file, pdf);
            var pages = new ArrayList<String>();
            for (int page = 1; ; page++) {
                var process = new ProcessBuilder("pdftotext", "-f", String.valueOf(page), "-l", String.valueOf(page),
                        "-enc", "UTF-8", file.toString(), "-").redirectErrorStream(true).start();
                var text = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
                    return pages;
                }
                pages.add(text);
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    public static Path save(String name, byte[] pdf) throws IOException {
        var dir = Files.createDirectories(Path.of("target", "forms"));
        return Files.write(dir.resolve(name), pdf);
    }
}
