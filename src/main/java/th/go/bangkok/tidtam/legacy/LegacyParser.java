package th.go.bangkok.tidtam.legacy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.chrono.ThaiBuddhistDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import th.go.bangkok.tidtam.base.Baht;
import th.go.bangkok.tidtam.base.FiscalYear;
import th.go.bangkok.tidtam.base.Limits;
import th.go.bangkok.tidtam.base.ThaiDates;
import th.go.bangkok.tidtam.project.ProjectData;
import th.go.bangkok.tidtam.strategy.PlanLevel;

/**
 * Reads one export of the old system's form (แบบแสดงรายงานความก้าวหน้าและข้อมูลเกี่ยวกับโครงการ) into a
 * {@link LegacyProject}, coping with what real exports do: page headers anywhere (even between a label and its
 * value, which then continues on a line starting with ":"), stray dots in labels, "?" for a lost dash, Gregorian
 * and Buddhist-era dates, tab and block report layouts, reports without figures, a disbursement round that differs
 * from the report number, missing phones. Every guess becomes a warning and every impossibility an error, each
 * with its line number; the caller stores nothing when there is an error. Pure: no database, no clock.
 *
 * <p>One file because it is one grammar: the readers of the export's sections share the position in the lines, the
 * findings and the guesses made so far, and the order between them is the point.
 */
public final class LegacyParser {

    /** What reading one file gave: the project (null when it could not be read at all) and what was noticed. */
    public record Result(LegacyProject project, List<Finding> findings, String encoding) {

        public boolean hasErrors() {
            return findings.stream().anyMatch(f -> f.severity() == Finding.Severity.ERROR);
        }

        public List<Finding> warnings() {
            return findings.stream().filter(f -> f.severity() == Finding.Severity.WARNING).toList();
        }

        public List<Finding> errors() {
            return findings.stream().filter(f -> f.severity() == Finding.Severity.ERROR).toList();
        }
    }

    private static final Pattern PAGE_HEADER = Pattern.compile("^\\*+\\s*แบบแสดงรายงานความก้าวหน้า.*\\*+\\s*$");
    private static final Pattern SECTION = Pattern.compile("^(1\\.[1-6]|[123]\\.)\\s+(\\S.*)$");
    private static final Pattern FIELD = Pattern.compile("^([^:]+?)[.\\s]*:\\s?(.*)$");
    private static final Pattern REPORT = Pattern.compile("^รายงานครั้งที่\\s*(\\d+)\\s*::\\s*([^:]+?)\\s*:\\s?(.*)$",
            Pattern.DOTALL);
    private static final Pattern PROGRESS = Pattern.compile("ความก้าวหน้าของงานฯ\\s*=\\s*([\\d,]*\\.?\\d+)\\s*%");
    private static final Pattern MONEY = Pattern.compile(
            "งบประมาณที่เบิกใช้\\s*\\(ครั้งที่\\s*(\\d+)\\)\\s*=\\s*([\\d,]*\\.?\\d+)\\s*บาท");
    private static final Pattern LETTER = Pattern.compile(
            "ตามหนังสือที่\\s*(กท\\s*[\\d.]+/[\\d.]+)\\s*ลงวันที่\\s*(\\d{1,2}\\s+\\S+\\s+\\d{4})");
    private static final Pattern PHONE = Pattern.compile("^(.*?)\\s*โทร\\.?\\s*([\\d\\-, ]+)\\s*$");
    private static final Pattern AMOUNT = Pattern.compile("^([\\d,]*\\.?\\d+)\\s*(บาท)?$");
    private static final Pattern CODE = Pattern.compile("^\\d{8}-\\d{4}$");
    private static final Pattern QUANTITY = Pattern.compile("(\\S[^\\d]*?)\\s*จำนวน(?:ทั้งสิ้น)?\\s*([\\d,]+(?:\\.\\d+)?)\\s*(\\S+)");
    private static final Pattern PLAN_CODE = Pattern.compile("^(?:ด้านที่\\s*)?([๐-๙0-9]+(?:\\.[๐-๙0-9]+)*)\\s*[-–?]?\\s*(.*)$");

    private record Line(int no, String text) {
    }

    /** The labels of sections 1.1, 1.2 and 1.6 that the form has; any other label is kept as a note. */
    private static final java.util.Set<String> LABELS = java.util.Set.of("1.1|ชื่อโครงการ/กิจกรรม", "1.1|รหัสโครงการ",
            "1.1|ปีงบประมาณ พ.ศ", "1.1|เริ่มต้นโครงการ", "1.1|งบประมาณที่ได้รับ", "1.1|สิ้นสุดโครงการ",
            "1.1|งบประมาณที่ใช้ไป", "1.2|หน่วยงานที่รับผิดชอบ", "1.2|ชื่อผู้รับผิดชอบ", "1.2|ผู้ประสานงาน สยป",
            "1.6|ประเด็นยุทธศาสตร์", "1.6|ประเด็นยุทธศาสตร์ย่อย", "1.6|เป้าหมายที่", "1.6|ตัวชี้วัด");
    /**
     * Fields whose value is running text: a following line without a label continues them. Not the agency: its
     * path is matched name by name, and a stray line joined to it would hide an agency we know.
     */
    private static final java.util.Set<String> RUNNING_TEXT = java.util.Set.of("1.1|ชื่อโครงการ/กิจกรรม",
            "1.6|ประเด็นยุทธศาสตร์", "1.6|ประเด็นยุทธศาสตร์ย่อย", "1.6|เป้าหมายที่", "1.6|ตัวชี้วัด");

    private final List<Finding> findings = new ArrayList<>();
    /** Lines the parser could not place in a field: kept with the project and printed (nothing is lost). */
    private final List<LegacyProject.Note> notes = new ArrayList<>();

    private LegacyParser() {
    }

    public static Result parse(byte[] bytes) {
        var decoded = LegacyText.decode(bytes);
        var parser = new LegacyParser();
        LegacyProject project;
        try {
            project = parser.read(decoded.text());
        } catch (RuntimeException e) {
            parser.findings.add(Finding.error(0, "unreadable", String.valueOf(e.getMessage())));
            project = null;
        }
        var findings = new ArrayList<>(parser.findings);
        findings.sort(java.util.Comparator.comparingInt(Finding::line));
        return new Result(project, List.copyOf(findings), decoded.encoding());
    }

    private LegacyProject read(String text) {
        var lines = logicalLines(text);
        var fields = new LinkedHashMap<String, Line>();
        var sections = new LinkedHashMap<String, List<Line>>();
        String section = "";
        var reports = new ArrayList<List<Line>>();
        boolean inReports = false;
        String lastField = null;
        for (var line : lines) {
            var t = line.text();
            if (t.startsWith("ขอรับรองว่า") || t.startsWith("ลงชื่อ") || t.startsWith("ตำแหน่ง") || t.matches("^\\.+$")) {
                inReports = false;
                section = "end";
                continue;
            }
            if (inReports) {
                if (t.startsWith("รายงานครั้งที่")) {
                    reports.add(new ArrayList<>(List.of(line)));
                } else if (!reports.isEmpty()) {
                    reports.getLast().add(line);
                } else {
                    keep(line, "ignored");
                }
                continue;
            }
            var s = SECTION.matcher(t);
            if (s.matches() && isSectionHeading(s.group(1), s.group(2), section)) {
                section = s.group(1);
                lastField = null;
                if (section.equals("2.") && s.group(2).startsWith("รายงานความก้าวหน้า")) {
                    inReports = true;
                }
                continue;
            }
            if (section.equals("1.1") || section.equals("1.2") || section.equals("1.6")) {
                var f = FIELD.matcher(t);
                if (f.matches()) {
                    var key = section + "|" + normalizeLabel(f.group(1));
                    if (LABELS.contains(key)) {
                        fields.put(key, new Line(line.no(), f.group(2).strip()));
                        lastField = key;
                    } else {
                        keep(line, "unknownField");
                        lastField = null;
                    }
                    continue;
                }
                var previous = lastField == null ? null : fields.get(lastField);
                var joined = previous == null ? t : previous.text().isEmpty() ? t : previous.text() + " " + t;
                if (previous != null && RUNNING_TEXT.contains(lastField) && joined.length() <= Limits.PROJECT_NAME) {
                    // a long value runs on over the next lines (the indicator's "ภายในปีงบประมาณ พ.ศ. 2565")
                    fields.put(lastField, new Line(previous.no(), joined));
                    findings.add(Finding.warning(line.no(), "joined", previous.no()));
                } else {
                    keep(line, "ignored");
                }
                continue;
            }
            if (section.isEmpty() || section.equals("1.") || section.equals("2.")) {
                keep(line, "ignored");
                continue;
            }
            sections.computeIfAbsent(section, k -> new ArrayList<>()).add(line);
        }

        var codeLine = field(fields, "1.1|รหัสโครงการ");
        var code = codeLine == null ? null : codeLine.text();
        if (code == null || !CODE.matcher(code).matches()) {
            findings.add(Finding.error(codeLine == null ? 0 : codeLine.no(), "code", code == null ? "" : code));
        }
        var nameLine = field(fields, "1.1|ชื่อโครงการ/กิจกรรม");
        if (nameLine == null || nameLine.text().isBlank()) {
            findings.add(Finding.error(nameLine == null ? 0 : nameLine.no(), "name"));
        }
        Integer fy = null;
        var fyLine = field(fields, "1.1|ปีงบประมาณ พ.ศ");
        if (fyLine != null && fyLine.text().matches("\\d{4}")) {
            fy = Integer.valueOf(fyLine.text());
        } else {
            findings.add(Finding.error(fyLine == null ? 0 : fyLine.no(), "fiscalYear", fyLine == null ? "" : fyLine.text()));
        }
        var start = date(fields, "1.1|เริ่มต้นโครงการ");
        var end = date(fields, "1.1|สิ้นสุดโครงการ");
        var budget = amount(fields, "1.1|งบประมาณที่ได้รับ", true);
        var used = amount(fields, "1.1|งบประมาณที่ใช้ไป", false);
        if (budget == null) {
            budget = BigDecimal.ZERO.setScale(2);
        }
        if (fy != null && fy >= FiscalYear.MIN && fy <= FiscalYear.MAX) {
            var year = FiscalYear.of(fy);
            // a project needs a period: a missing or unreadable date is taken from the fiscal year, and said
            if (start == null) {
                start = year.firstDay();
                findings.add(Finding.warning(lineOf(field(fields, "1.1|เริ่มต้นโครงการ")), "startAssumed",
                        ThaiDates.formatShort(start)));
            }
            if (end == null) {
                end = year.lastDay();
                findings.add(Finding.warning(lineOf(field(fields, "1.1|สิ้นสุดโครงการ")), "endAssumed",
                        ThaiDates.formatShort(end)));
            }
            if (!year.contains(start)) {
                findings.add(Finding.warning(field(fields, "1.1|เริ่มต้นโครงการ").no(), "dateOutsideYear",
                        start.toString(), fy));
            }
        }
        if (start != null && end != null && end.isBefore(start)) {
            findings.add(Finding.warning(lineOf(field(fields, "1.1|สิ้นสุดโครงการ")), "endBeforeStart"));
        }

        var agencyLine = field(fields, "1.2|หน่วยงานที่รับผิดชอบ");
        var agencyPath = agencyLine == null ? List.<String>of()
                : java.util.Arrays.stream(agencyLine.text().split("\\s*/\\s*")).map(String::strip)
                .filter(p -> !p.isEmpty()).toList();
        if (agencyPath.isEmpty()) {
            // the importer falls back on the office of the code's prefix
            findings.add(Finding.warning(lineOf(agencyLine), "agency"));
        }
        var responsible = person(field(fields, "1.2|ชื่อผู้รับผิดชอบ"), "responsible");
        var coordinator = person(field(fields, "1.2|ผู้ประสานงาน สยป"), "coordinator");

        var rationale = String.join("\n", sections.getOrDefault("1.3", List.of()).stream().map(Line::text).toList());
        var objectives = numbered(sections.getOrDefault("1.4", List.of()));
        var targets = targets(sections.getOrDefault("1.5", List.of()));
        targets.unplaced().forEach(n -> notes.add(new LegacyProject.Note(n.lineNo(), n.text())));
        var plan = plan(fields);
        var parsedReports = new ArrayList<LegacyProject.Report>();
        var changes = new ArrayList<LegacyProject.ApprovedChange>();
        for (var block : reports) {
            var report = report(block);
            if (report != null) {
                if (parsedReports.stream().anyMatch(r -> r.number() == report.number())) {
                    findings.add(Finding.warning(report.line(), "duplicateReport", report.number()));
                }
                parsedReports.add(report);
                changes.addAll(changes(report));
            }
        }
        var sum = parsedReports.stream().map(LegacyProject.Report::disbursed).filter(java.util.Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sum.compareTo(budget) > 0) {
            findings.add(Finding.warning(lineOf(field(fields, "1.1|งบประมาณที่ได้รับ")), "overBudget", money(sum),
                    money(budget)));
        }
        if (used != null) {
            if (sum.compareTo(used) != 0) {
                var usedLine = field(fields, "1.1|งบประมาณที่ใช้ไป");
                findings.add(Finding.warning(usedLine.no(), "usedMismatch", money(used), money(sum)));
                // the portal derives the budget used from the reports; the figure the old system printed is kept
                notes.add(new LegacyProject.Note(usedLine.no(), "งบประมาณที่ใช้ไป : " + usedLine.text()));
            }
        }
        return new LegacyProject(code, nameLine == null ? null : nameLine.text(), fy, start, end, budget,
                used == null ? BigDecimal.ZERO.setScale(2) : used, agencyPath, responsible, coordinator, rationale,
                objectives, targets.quality(), targets.quantity(), plan, List.copyOf(parsedReports), List.copyOf(changes),
                notes.stream().sorted(java.util.Comparator.comparingInt(LegacyProject.Note::line)).toList());
    }

    /** A line that has no place in the form's fields: a warning, and its text kept with the project. */
    private void keep(Line line, String why) {
        keep(line, why, line.text());
    }

    /** The same, with the note's text told apart from the line's (its label before a value, say). */
    private void keep(Line line, String why, String note) {
        findings.add(Finding.warning(line.no(), why, line.text()));
        notes.add(new LegacyProject.Note(line.no(), note));
    }

    private static String labelOf(String key) {
        return key.substring(key.indexOf('|') + 1);
    }

    private static int lineOf(Line line) {
        return line == null ? 0 : line.no();
    }

    /** Lines without blanks and page headers; a line starting with ":" continues the one before it. */
    private List<Line> logicalLines(String text) {
        var raw = text.split("\\r?\\n|\\r", -1);
        var out = new ArrayList<Line>();
        boolean afterHeader = false;
        for (int i = 0; i < raw.length; i++) {
            var t = raw[i].replace('\u00a0', ' ').strip();
            if (t.isEmpty()) {
                continue;
            }
            if (PAGE_HEADER.matcher(t).matches() || t.matches("^\\*+\\s*แบบแสดงรายงาน.*")) {
                afterHeader = true;
                continue;
            }
            if (t.startsWith(":") && !out.isEmpty()) {
                var previous = out.removeLast();
                out.add(new Line(previous.no(), previous.text() + "\t" + t));
                if (afterHeader) {
                    // a page header fell between a field and its value: joining them is a guess
                    findings.add(Finding.warning(i + 1, "continued", previous.no()));
                }
                continue;
            }
            afterHeader = false;
            out.add(new Line(i + 1, raw[i].strip()));
        }
        return out;
    }

    private static boolean isSectionHeading(String number, String rest, String current) {
        return switch (number) {
            case "1." -> rest.startsWith("ชื่อโครงการและหน่วยงาน");
            case "2." -> rest.startsWith("รายงานความก้าวหน้า");
            case "3." -> false;
            case "1.1" -> rest.startsWith("รหัสโครงการ") && !current.equals("1.5");
            case "1.2" -> rest.startsWith("หน่วยงาน") && !current.equals("1.5");
            default -> !current.equals("1.5") || number.equals("1.6");
        };
    }

    private static String normalizeLabel(String label) {
        return label.strip().replaceAll("[.\\s]+$", "").strip();
    }

    private static Line field(Map<String, Line> fields, String key) {
        return fields.get(key);
    }

    /** A start or end date; missing or unreadable is null (the caller takes the fiscal year's and says so). */
    private LocalDate date(Map<String, Line> fields, String key) {
        var line = fields.get(key);
        if (line == null || line.text().isBlank()) {
            findings.add(Finding.warning(lineOf(line), "dateMissing"));
            return null;
        }
        var d = parseDate(line.text());
        if (d == null) {
            keep(line, "date", labelOf(key) + " : " + line.text());
        }
        return d;
    }

    /** 2020-10-22, 2020-10-01 00:00:00 (Gregorian), 17/11/2563 or 8 มีนาคม 2565 (Buddhist era). */
    static LocalDate parseDate(String text) {
        var t = text.strip();
        try {
            if (t.matches("\\d{4}-\\d{2}-\\d{2}( \\d{2}:\\d{2}(:\\d{2})?)?")) {
                return LocalDate.parse(t.substring(0, 10));
            }
            if (t.matches("\\d{1,2}/\\d{1,2}/\\d{4}")) {
                return ThaiDates.parseShort(t);
            }
            if (t.matches("\\d{1,2}\\s+\\S+\\s+\\d{4}")) {
                var parts = t.split("\\s+");
                int month = java.util.List.of("มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
                        "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม").indexOf(parts[1]) + 1;
                if (month == 0) {
                    return null;
                }
                return LocalDate.from(ThaiBuddhistDate.of(Integer.parseInt(parts[2]), month, Integer.parseInt(parts[0])));
            }
        } catch (java.time.DateTimeException | NumberFormatException | ThaiDates.ThaiDateException e) {
            return null;
        }
        return null;
    }

    private BigDecimal amount(Map<String, Line> fields, String key, boolean required) {
        var line = fields.get(key);
        if (line == null) {
            if (required) {
                findings.add(Finding.warning(0, "amountMissing"));
            }
            return null;
        }
        var m = AMOUNT.matcher(line.text());
        if (!m.matches()) {
            keep(line, "amount", labelOf(key) + " : " + line.text());
            return null;
        }
        return cents(number(m.group(1)), line.no());
    }

    /** Two decimals, as money and percentages are kept; rounding more away is a guess, so it is said. */
    private BigDecimal cents(BigDecimal value, int line) {
        var rounded = value.setScale(2, java.math.RoundingMode.HALF_UP);
        if (rounded.compareTo(value) != 0) {
            findings.add(Finding.warning(line, "rounded", value.toPlainString(), rounded.toPlainString()));
        }
        return rounded;
    }

    private static BigDecimal number(String text) {
        return new BigDecimal(text.replace(",", ""));
    }

    private LegacyProject.Person person(Line line, String who) {
        if (line == null || line.text().isBlank()) {
            findings.add(Finding.warning(line == null ? 0 : line.no(), who + ".missing"));
            return new LegacyProject.Person(null, null);
        }
        var m = PHONE.matcher(line.text());
        if (m.matches()) {
            return new LegacyProject.Person(m.group(1).strip(), m.group(2).strip());
        }
        findings.add(Finding.warning(line.no(), "noPhone", line.text()));
        return new LegacyProject.Person(line.text().strip(), null);
    }

    private static List<String> numbered(List<Line> lines) {
        var items = new ArrayList<String>();
        for (var line : lines) {
            var m = Pattern.compile("^\\d+(?:\\.\\d+)*\\.?\\s+(.*)$").matcher(line.text());
            if (m.matches()) {
                items.add(m.group(1).strip());
            } else if (!items.isEmpty()) {
                items.set(items.size() - 1, items.getLast() + " " + line.text().strip());
            } else {
                items.add(line.text().strip());
            }
        }
        return items;
    }

    private record Targets(List<String> quality, List<ProjectData.QuantityTargetData> quantity,
                           List<th.go.bangkok.tidtam.project.ImportNote> unplaced) {
    }

    /** A quantity line's trailing note in brackets: "วิทยากร จำนวน 2 คน (รุ่นละ 2 คน)". */
    private static final Pattern TARGET_NOTE = Pattern.compile("^(.*?\\S)\\s*\\(([^()]*)\\)\\s*$");
    /** Words closing a line whose breakdown follows: "… จำนวนทั้งสิ้น 650 คน ประกอบด้วย". */
    private static final Pattern TARGET_ANNOUNCES = Pattern.compile("^\\s*(ประกอบด้วย|ได้แก่|ดังนี้|:)?\\s*$");

    /** A target while its lines are read: its parts (groups) and the items under them are added as they come. */
    private static final class TargetDraft {
        final Line line;
        final String description;
        final BigDecimal quantity;
        final String unit;
        final List<PartDraft> parts = new ArrayList<>();

        TargetDraft(Line line, String description, BigDecimal quantity, String unit) {
            this.line = line;
            this.description = description;
            this.quantity = quantity;
            this.unit = unit;
        }

        ProjectData.QuantityTargetData data() {
            return new ProjectData.QuantityTargetData(description, quantity, unit, parts.stream()
                    .map(p -> new ProjectData.Part(p.description, p.quantity, p.items)).toList());
        }
    }

    private record PartDraft(String description, BigDecimal quantity,
                             List<th.go.bangkok.tidtam.project.QuantityTarget.Item> items) {
    }

    /**
     * 1.5: "1. เป้าหมายเชิงคุณภาพ" with its items, then "2. เป้าหมายเชิงปริมาณ" with counts and their breakdowns, in
     * up to three levels as the exports file them: the whole ("… จำนวนทั้งสิ้น 650 คน ประกอบด้วย"), then groups with
     * their own totals on lines of their own ("ผู้เกี่ยวข้อง จำนวน 50 คน ได้แก่"), then under each group items
     * ("- วิทยากร จำนวน 2 คน (รุ่นละ 2 คน)", with or without a number) and text continuing the group. Without group
     * lines a "- …" line with a number is a part of the target in its unit, as in the older exports. Only groups are
     * added up against the whole: items are often counted per round and add up to nothing (decision 0008). A line
     * that fits nowhere is kept as an import note with a warning, never dropped.
     */
    private Targets targets(List<Line> lines) {
        var quality = new ArrayList<Line>();
        var quantity = new ArrayList<Line>();
        List<Line> into = quality;
        for (var line : lines) {
            var t = line.text();
            if (t.matches("^1\\.\\s*เป้าหมายเชิงคุณภาพ.*")) {
                into = quality;
            } else if (t.matches("^2\\.\\s*เป้าหมายเชิงปริมาณ.*")) {
                into = quantity;
            } else {
                into.add(line);
            }
        }
        var targets = new ArrayList<TargetDraft>();
        var unplaced = new ArrayList<th.go.bangkok.tidtam.project.ImportNote>();
        TargetDraft open = null; // the target whose line announced a breakdown: its group lines may follow
        PartDraft group = null; // the group whose items are being read
        for (var line : quantity) {
            var t = line.text();
            if (t.startsWith("-") && !targets.isEmpty()) {
                var body = t.substring(1).strip();
                if (body.isEmpty()) {
                    continue; // a lone dash says nothing
                }
                if (group != null) {
                    group.items().add(targetItem(body, true));
                    continue;
                }
                var m = QUANTITY.matcher(body);
                var count = m.find() ? targetNumber(m.group(2)) : null;
                if (count != null) {
                    // the part belongs to the target counted in the same unit
                    var target = targets.getLast();
                    for (var candidate : targets) {
                        if (candidate.unit.equals(m.group(3))) {
                            target = candidate;
                            break;
                        }
                    }
                    target.parts.add(new PartDraft(m.group(1).strip(), count, new ArrayList<>()));
                    open = null; // a breakdown of direct parts: no group lines follow it
                } else {
                    unplacedTarget(line, unplaced);
                }
                continue;
            }
            var m = QUANTITY.matcher(t);
            var found = new ArrayList<TargetDraft>();
            int end = 0;
            while (m.find()) {
                var count = targetNumber(m.group(2));
                if (count != null) {
                    found.add(new TargetDraft(line, m.group(1).strip(), count, m.group(3)));
                    end = m.end();
                }
            }
            if (found.isEmpty()) {
                if (group != null) {
                    group.items().add(th.go.bangkok.tidtam.project.QuantityTarget.Item.continuation(t.strip()));
                } else {
                    unplacedTarget(line, unplaced);
                }
                continue;
            }
            var rest = t.substring(end);
            if (open != null && found.size() == 1 && !t.contains("ทั้งสิ้น") && found.getFirst().unit.equals(open.unit)
                    && TARGET_ANNOUNCES.matcher(rest).matches() && groupsBelowWhole(open)) {
                var first = found.getFirst();
                group = new PartDraft(first.description, first.quantity, new ArrayList<>());
                open.parts.add(group);
                continue;
            }
            targets.addAll(found);
            group = null;
            open = TARGET_ANNOUNCES.matcher(rest).matches() && !rest.isBlank() ? found.getLast() : null;
        }
        for (var target : targets) {
            if (!target.parts.isEmpty()) {
                var sum = target.parts.stream().map(PartDraft::quantity).reduce(BigDecimal.ZERO, BigDecimal::add);
                if (sum.compareTo(target.quantity) != 0) {
                    findings.add(Finding.warning(target.line.no(), "partsMismatch",
                            target.description, target.quantity.toPlainString(), sum.toPlainString()));
                }
            }
        }
        return new Targets(numbered(quality), targets.stream().map(TargetDraft::data).toList(), List.copyOf(unplaced));
    }

    /** Groups are read while they have not yet made up the whole; a line after that is a target of its own. */
    private static boolean groupsBelowWhole(TargetDraft target) {
        var sum = target.parts.stream().map(PartDraft::quantity).reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.compareTo(target.quantity) < 0;
    }

    /** An item under a group as filed: its number and unit when it has them, its note in brackets kept. */
    private static th.go.bangkok.tidtam.project.QuantityTarget.Item targetItem(String body, boolean listed) {
        String note = null;
        var n = TARGET_NOTE.matcher(body);
        if (n.matches()) {
            body = n.group(1);
            note = n.group(2).strip();
        }
        var m = QUANTITY.matcher(body);
        // only "description จำนวน N unit" with nothing around it: anything else is kept whole as the item's text
        if (m.find() && m.start() == 0 && m.end() == body.length() && targetNumber(m.group(2)) != null) {
            return new th.go.bangkok.tidtam.project.QuantityTarget.Item(m.group(1).strip(), targetNumber(m.group(2)),
                    m.group(3), note, listed);
        }
        return new th.go.bangkok.tidtam.project.QuantityTarget.Item(body, null, null, note, listed);
    }

    private void unplacedTarget(Line line, List<th.go.bangkok.tidtam.project.ImportNote> unplaced) {
        findings.add(Finding.warning(line.no(), "quantityText", line.text()));
        unplaced.add(new th.go.bangkok.tidtam.project.ImportNote(line.no(), line.text()));
    }

    /** "1,100" as a number; null for a run of commas, which a garbled line can leave. */
    private static BigDecimal targetNumber(String text) {
        return text.chars().anyMatch(Character::isDigit) ? number(text) : null;
    }

    /** 1.6: the dimension, sub-issue, goal and indicator; codes in Thai digits come back as Arabic ones. */
    private List<LegacyProject.PlanRef> plan(Map<String, Line> fields) {
        var refs = new ArrayList<LegacyProject.PlanRef>();
        var levels = new LinkedHashMap<String, PlanLevel>();
        levels.put("1.6|ประเด็นยุทธศาสตร์", PlanLevel.DIMENSION);
        levels.put("1.6|ประเด็นยุทธศาสตร์ย่อย", PlanLevel.SUB_ISSUE);
        levels.put("1.6|เป้าหมายที่", PlanLevel.GOAL);
        levels.put("1.6|ตัวชี้วัด", PlanLevel.INDICATOR);
        levels.forEach((key, level) -> {
            var line = fields.get(key);
            if (line == null) {
                return;
            }
            var text = line.text();
            if (text.contains(" ? ")) {
                findings.add(Finding.warning(line.no(), "questionMark"));
                text = text.replace(" ? ", " – ");
            }
            if (level == PlanLevel.INDICATOR) {
                refs.add(new LegacyProject.PlanRef(level, null, text.strip(), line.no()));
                return;
            }
            var m = PLAN_CODE.matcher(text.strip());
            if (!m.matches()) {
                findings.add(Finding.warning(line.no(), "planCode", text));
                refs.add(new LegacyProject.PlanRef(level, null, text.strip(), line.no()));
                return;
            }
            var name = m.group(2).replaceFirst("^[-–]\\s*", "");
            // "มหานครสีเขียว สะดวกสบาย : Green and Convenient City": the Thai name only
            int english = name.indexOf(" : ");
            if (english > 0) {
                name = name.substring(0, english);
            }
            refs.add(new LegacyProject.PlanRef(level, ThaiDates.toArabicDigits(m.group(1)), name.strip(), line.no()));
        });
        return refs;
    }

    /** รายงานครั้งที่ N, one line with tabs or a block of lines; figures may be missing or come after headers. */
    private LegacyProject.Report report(List<Line> block) {
        var first = block.getFirst();
        var text = new StringBuilder(first.text());
        for (var line : block.subList(1, block.size())) {
            text.append('\n').append(line.text());
        }
        var m = REPORT.matcher(text.toString());
        if (!m.matches() || m.group(1).length() > 6) {
            // a report we cannot place in a month is kept as text, whole
            findings.add(Finding.warning(first.no(), "report", first.text()));
            notes.add(new LegacyProject.Note(first.no(), text.toString()));
            return null;
        }
        int number = Integer.parseInt(m.group(1));
        var date = parseDate(m.group(2));
        if (date == null) {
            findings.add(Finding.warning(first.no(), "reportDate", number, m.group(2)));
            notes.add(new LegacyProject.Note(first.no(), text.toString()));
            return null;
        }
        var rest = m.group(3);
        // the steps end where the figures begin (a tab, or a line starting with "::" in the block layout)
        int figures = indexOfFigures(rest);
        var steps = (figures < 0 ? rest : rest.substring(0, figures)).replace('\t', ' ').strip();
        var tail = figures < 0 ? "" : rest.substring(figures);
        var progress = PROGRESS.matcher(tail);
        BigDecimal pct = null;
        if (progress.find()) {
            pct = cents(number(progress.group(1)), first.no());
        } else {
            findings.add(Finding.warning(first.no(), "noProgress", number));
        }
        var money = MONEY.matcher(tail);
        BigDecimal disbursed = null;
        Integer round = null;
        if (money.find()) {
            round = Integer.valueOf(money.group(1));
            // the round counts disbursements, not reports: it need not equal the report's number
            disbursed = cents(number(money.group(2)), first.no());
        } else if (pct != null) {
            findings.add(Finding.warning(first.no(), "noMoney", number));
        }
        Boolean onPlan = tail.contains("ล่าช้ากว่าแผน") ? Boolean.FALSE : tail.contains("เป็นไปตามแผน") ? Boolean.TRUE : null;
        Boolean onTarget = tail.contains("ไม่เป็นไปตามเป้าหมาย") ? Boolean.FALSE
                : tail.contains("เป็นไปตามเป้าหมาย") ? Boolean.TRUE : null;
        if (pct != null && (onPlan == null || onTarget == null)) {
            findings.add(Finding.warning(first.no(), "noJudgement", number));
        }
        return new LegacyProject.Report(number, first.no(), date, steps, pct, disbursed, round, onPlan, onTarget);
    }

    private static int indexOfFigures(String rest) {
        int tab = rest.indexOf('\t');
        int block = rest.indexOf("\n::");
        int continued = rest.indexOf("::");
        int best = -1;
        for (int i : new int[] {tab, block, continued}) {
            if (i >= 0 && (best < 0 || i < best)) {
                best = i;
            }
        }
        return best;
    }

    /** "ขออนุมัติเปลี่ยนแปลง… ตามหนังสือที่ กท 5202/1184 ลงวันที่ 8 มีนาคม 2565" in a report's steps. */
    private List<LegacyProject.ApprovedChange> changes(LegacyProject.Report report) {
        var found = new ArrayList<LegacyProject.ApprovedChange>();
        if (report.steps() == null || !report.steps().contains("เปลี่ยนแปลง")) {
            return found;
        }
        Matcher m = LETTER.matcher(report.steps());
        while (m.find()) {
            var date = parseDate(m.group(2));
            if (date == null) {
                findings.add(Finding.warning(report.line(), "letterDate", m.group(1), m.group(2)));
            }
            found.add(new LegacyProject.ApprovedChange(report.number(), m.group(1).replaceAll("\\s+", " "), date,
                    report.steps()));
        }
        return found;
    }

    private static String money(BigDecimal amount) {
        return Baht.formatAmount(amount);
    }
}
