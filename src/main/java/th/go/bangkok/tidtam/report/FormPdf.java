package th.go.bangkok.tidtam.report;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.GlyphLayoutManager;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;
import th.go.bangkok.tidtam.base.Baht;
import th.go.bangkok.tidtam.base.ThaiDates;
import th.go.bangkok.tidtam.change.ChangeRequestView;
import th.go.bangkok.tidtam.progress.ReportView;
import th.go.bangkok.tidtam.project.BaselineVersion;
import th.go.bangkok.tidtam.project.ProjectDetails;
import th.go.bangkok.tidtam.project.QuantityTarget;
import th.go.bangkok.tidtam.strategy.PlanLevel;
import th.go.bangkok.tidtam.strategy.PlanNodeView;

/**
 * แบบแสดงรายงานความก้าวหน้าและข้อมูลเกี่ยวกับโครงการ as a PDF: A4 portrait in the form's order and wording, in
 * Sarabun (the bundled OFL font) laid out by OpenPDF's GlyphLayoutManager so Thai marks sit right and copied text
 * is the same Thai, lines broken at Thai word boundaries ({@link ThaiLineBreaks}), the title and หน้า X/Y on every
 * page, and a footer with the print time and the verification reference with its QR code. One instance renders
 * one document (it keeps the writer of the page being laid out).
 *
 * <p>One file because the form is laid out top to bottom in one pass over one writer, and its sections share the page
 * being laid out.
 */
final class FormPdf {

    /** What a blank field prints (an en dash: a lone hyphen does not survive copying out of the PDF). */
    static final String DASH = "–";
    static final String TITLE = "แบบแสดงรายงานความก้าวหน้าและข้อมูลเกี่ยวกับโครงการ";
    static final String CERTIFICATION = "ขอรับรองว่า ข้อมูลที่ปรากฏในเอกสารฉบับนี้ หน่วยงานได้จัดพิมพ์จากระบบงานจริง"
            + " เพื่อเป็นหลักฐานไว้ตรวจสอบ";
    private static final float SIZE = 11f;
    private static final float LEADING = SIZE * 1.55f;
    private static final float MARGIN = 56f;
    private static final float TOP = 70f;
    private static final float BOTTOM = 78f;

    /** What one printout shows beyond the record: when, by whom, its reference and where to verify it. */
    record Printing(Instant printedAt, String reference, String verifyUrl, java.time.YearMonth asOf) {
    }

    private final GlyphLayoutManager layout = new GlyphLayoutManager().setWriteActualText(true);
    private final Font regular;
    private final Font bold;
    private final Font small;
    private final Font title;
    private final ThaiLineBreaks breaks = new ThaiLineBreaks();
    private PdfWriter writer;

    FormPdf() {
        regular = load("Sarabun-Regular.ttf", SIZE);
        bold = load("Sarabun-Bold.ttf", SIZE);
        small = new Font(regular.getBaseFont(), 8.5f);
        title = new Font(bold.getBaseFont(), 13f);
    }

    byte[] render(ProjectDetails p, List<ReportView> reports, List<ChangeRequestView> changes,
                  List<BaselineVersion> versions, Printing printing) {
        var out = new ByteArrayOutputStream();
        try (var document = new Document(PageSize.A4, MARGIN, MARGIN, TOP, BOTTOM).setGlyphLayoutManager(layout)) {
            var writer = PdfWriter.getInstance(document, out);
            this.writer = writer;
            writer.setPageEvent(new Frame(printing));
            document.addTitle(TITLE + " " + p.code());
            document.addCreator("Tidtam");
            document.open();
            section(document, "1. ชื่อโครงการและหน่วยงานที่รับผิดชอบโครงการ");
            sub(document, "1.1 รหัสโครงการและชื่อโครงการ");
            field(document, "ชื่อโครงการ/กิจกรรม", p.name());
            field(document, "รหัสโครงการ", p.code() + "    ปีงบประมาณ พ.ศ. " + p.fiscalYear());
            field(document, "เริ่มต้นโครงการ", ThaiDates.formatLong(p.startDate()) + "    สิ้นสุดโครงการ "
                    + ThaiDates.formatLong(p.endDate()));
            field(document, "งบประมาณที่ได้รับ", Baht.format(p.budget()) + "    งบประมาณที่ใช้ไป "
                    + Baht.format(p.budgetUsed()));
            if (versions.size() > 1) {
                var original = versions.getFirst().baseline();
                field(document, "แผนเดิม", ThaiDates.formatLong(original.startDate()) + " – "
                        + ThaiDates.formatLong(original.endDate()) + "    งบประมาณ " + Baht.format(original.budget()));
            }
            sub(document, "1.2 หน่วยงานที่รับผิดชอบ");
            field(document, "หน่วยงาน", p.agencyPath());
            field(document, "ชื่อผู้รับผิดชอบ", orDash(p.responsibleName()) + phone(p.responsiblePhone()));
            field(document, "ผู้ประสานงาน สยป.", orDash(p.coordinatorName())
                    + phone(p.coordinatorPhone()));
            sub(document, "1.3 หลักการและเหตุผล");
            for (var paragraph : orDash(p.rationale()).split("\\R+")) {
                text(document, paragraph, 18f);
            }
            sub(document, "1.4 วัตถุประสงค์ของโครงการ");
            numbered(document, p.objectives());
            sub(document, "1.5 เป้าหมายของโครงการ");
            text(document, "1. เป้าหมายเชิงคุณภาพ", 0f);
            numbered(document, p.qualityTargets());
            text(document, "2. เป้าหมายเชิงปริมาณ", 0f);
            quantityTargets(document, p.quantityTargets());
            sub(document, "1.6 สนับสนุนแผนพัฒนากรุงเทพมหานคร ระยะ 20 ปี");
            for (var chain : p.planChains()) {
                for (var node : chain) {
                    text(document, planLine(node), 18f + 14f * node.level().ordinal());
                }
            }
            if (!p.importNotes().isEmpty()) {
                // nothing the old system filed is lost: what the importer could not place is printed as filed
                sub(document, IMPORT_NOTES);
                for (var note : p.importNotes()) {
                    text(document, importNoteLine(note), 18f);
                }
            }

            section(document, "2. รายงานความก้าวหน้าของโครงการและการใช้จ่ายงบประมาณ");
            if (reports.isEmpty()) {
                text(document, "ยังไม่มีรายงานความก้าวหน้า", 18f);
            }
            for (var r : reports) {
                roomFor(document, LEADING * 4);
                var heading = new Paragraph(LEADING, "รายงานครั้งที่ " + r.number() + "  วันที่ "
                        + ThaiDates.formatLong(r.reportDate()), bold);
                heading.setSpacingBefore(4f);
                heading.setIndentationLeft(18f);
                document.add(heading);
                if (r.steps() != null) {
                    for (var line : r.steps().split("\\R")) {
                        text(document, line, 18f);
                    }
                }
                text(document, progressLine(r), 18f);
                text(document, moneyLine(r), 18f);
                text(document, judgementLine(r), 18f);
            }
            if (!changes.isEmpty()) {
                sub(document, "การเปลี่ยนแปลงโครงการที่ได้รับอนุมัติ");
                int n = 1;
                for (var c : changes) {
                    text(document, n++ + ". ตามหนังสือที่ " + c.letterNo() + " ลงวันที่ "
                            + ThaiDates.formatLong(c.letterDate()) + " : " + c.reason(), 18f);
                    for (var field : c.changes()) {
                        text(document, changeLine(field, c), 36f);
                    }
                }
            }

            roomFor(document, LEADING * 9);
            section(document, "3. การรับรองข้อมูล");
            text(document, CERTIFICATION, 18f);
            var sign = new Paragraph(LEADING * 1.2f, "ลงชื่อ ......................................................"
                    + " (ผู้รับผิดชอบโครงการ)", regular);
            sign.setAlignment(Element.ALIGN_RIGHT);
            sign.setSpacingBefore(28f);
            document.add(sign);
            var name = new Paragraph(LEADING, "( " + orDash(p.responsibleName()) + " )", regular);
            name.setAlignment(Element.ALIGN_RIGHT);
            name.setIndentationRight(70f);
            document.add(name);
            var position = new Paragraph(LEADING, "ตำแหน่ง ......................................................",
                    regular);
            position.setAlignment(Element.ALIGN_RIGHT);
            document.add(position);
        }
        return out.toByteArray();
    }

    /** Starts a new page unless {@code height} is left on this one, so a heading never ends a page alone. */
    private void roomFor(Document document, float height) {
        if (writer.getVerticalPosition(false) - document.bottom() < height) {
            document.newPage();
        }
    }

    private void section(Document document, String text) {
        roomFor(document, LEADING * 3);
        var paragraph = new Paragraph(LEADING, text, bold);
        paragraph.setSpacingBefore(10f);
        paragraph.setSpacingAfter(2f);
        paragraph.setKeepTogether(true);
        document.add(paragraph);
    }

    private void sub(Document document, String text) {
        roomFor(document, LEADING * 2.5f);
        var paragraph = new Paragraph(LEADING, text, bold);
        paragraph.setSpacingBefore(4f);
        paragraph.setIndentationLeft(9f);
        document.add(paragraph);
    }

    private void field(Document document, String label, String value) {
        var paragraph = new Paragraph(LEADING);
        paragraph.add(chunk(label + " : ", bold));
        paragraph.add(chunk(value, regular));
        paragraph.setIndentationLeft(18f);
        document.add(paragraph);
    }

    private void text(Document document, String text, float indent) {
        var paragraph = new Paragraph(LEADING);
        paragraph.add(chunk(text, regular));
        paragraph.setIndentationLeft(18f + indent);
        document.add(paragraph);
    }

    /** Numbered; a target filed with items under its groups prints them on indented lines below it, as filed. */
    private void quantityTargets(Document document, List<QuantityTarget> targets) {
        for (int i = 0; i < targets.size(); i++) {
            var target = targets.get(i);
            var lines = target.hasItems() ? target.lines() : List.of(new QuantityTarget.Line(0, quantityLine(target)));
            var paragraph = new Paragraph(LEADING);
            paragraph.add(chunk((i + 1) + ". " + lines.getFirst().text(), regular));
            paragraph.setIndentationLeft(36f);
            paragraph.setFirstLineIndent(-12f);
            document.add(paragraph);
            for (var line : lines.subList(1, lines.size())) {
                text(document, line.text(), 18f + 16f * line.depth());
            }
        }
    }

    private void numbered(Document document, List<String> items) {
        for (int i = 0; i < items.size(); i++) {
            var paragraph = new Paragraph(LEADING);
            paragraph.add(chunk((i + 1) + ". " + items.get(i), regular));
            paragraph.setIndentationLeft(36f);
            paragraph.setFirstLineIndent(-12f);
            document.add(paragraph);
        }
    }

    private Chunk chunk(String text, Font font) {
        var chunk = new Chunk(text == null ? "" : text, font);
        chunk.setSplitCharacter(breaks);
        return chunk;
    }

    /** Blank fields print as a dash, as on the paper form. */
    static String orDash(String text) {
        return text == null || text.isBlank() ? DASH : text;
    }

    private static String phone(String phone) {
        return phone == null || phone.isBlank() ? "" : " โทร. " + phone;
    }

    /** The label of the lines the importer could not place, on the form and in its verified fields. */
    static final String IMPORT_NOTES = "ข้อความจากระบบเดิมที่ไม่ได้จัดเข้าช่อง";

    static String importNoteLine(th.go.bangkok.tidtam.project.ImportNote note) {
        return "บรรทัด " + note.lineNo() + " : " + note.text();
    }

    /** One line, as the form always printed it; a target with items under its groups gives its lines as filed. */
    static String quantityLine(QuantityTarget t) {
        if (t.hasItems()) {
            return String.join("\n", t.lines().stream()
                    .map(l -> "  ".repeat(l.depth()) + l.text()).toList());
        }
        var line = new StringBuilder(t.description()).append(" จำนวน ").append(number(t.quantity())).append(' ')
                .append(t.unit());
        if (!t.breakdown().isEmpty()) {
            line.append(" (");
            for (int i = 0; i < t.breakdown().size(); i++) {
                var part = t.breakdown().get(i);
                line.append(i == 0 ? "" : ", ").append(part.description()).append(' ').append(number(part.quantity()))
                        .append(' ').append(t.unit());
            }
            line.append(')');
        }
        return line.toString();
    }

    /** ด้านที่ ๗ การบริหารจัดการเมืองมหานคร, ๗.๓ …, เป้าหมายที่ ๗.๓.๑ …, ตัวชี้วัด …: codes in Thai digits. */
    static String planLine(PlanNodeView node) {
        var code = ThaiDates.toThaiDigits(node.code());
        return switch (node.level()) {
            case DIMENSION -> "ด้านที่ " + code + " " + node.nameTh();
            case SUB_ISSUE -> "ประเด็นยุทธศาสตร์ย่อย " + code + " " + node.nameTh();
            case GOAL -> "เป้าหมายที่ " + code + " " + node.nameTh();
            default -> "ตัวชี้วัด " + (node.level() == PlanLevel.INDICATOR ? code + " " : "") + node.nameTh();
        };
    }

    static String progressLine(ReportView r) {
        return "ความก้าวหน้าของงานฯ = " + (r.progress() == null ? DASH : r.progress().setScale(2) + " %");
    }

    static String moneyLine(ReportView r) {
        return "งบประมาณที่เบิกใช้" + (r.disbursementRound() == null ? "" : " (ครั้งที่ " + r.disbursementRound() + ")")
                + " = " + (r.disbursed() == null ? DASH : Baht.format(r.disbursed()));
    }

    static String judgementLine(ReportView r) {
        var plan = r.onPlan() == null ? DASH : r.onPlan() ? "เป็นไปตามแผน" : "ล่าช้ากว่าแผน";
        var target = r.onTarget() == null ? DASH : r.onTarget() ? "เป็นไปตามเป้าหมาย" : "ไม่เป็นไปตามเป้าหมาย";
        return plan + " / " + target;
    }

    private static String changeLine(th.go.bangkok.tidtam.project.Baseline.Field field, ChangeRequestView c) {
        var label = switch (field) {
            case START_DATE -> "เริ่มต้นโครงการ";
            case END_DATE -> "สิ้นสุดโครงการ";
            case BUDGET -> "งบประมาณ";
            case OBJECTIVES -> "วัตถุประสงค์";
            case QUALITY_TARGETS -> "เป้าหมายเชิงคุณภาพ";
            case QUANTITY_TARGETS -> "เป้าหมายเชิงปริมาณ";
        };
        return "- " + label + ": " + value(field, c.base()) + " → " + value(field, c.proposed());
    }

    private static String value(th.go.bangkok.tidtam.project.Baseline.Field field,
                                th.go.bangkok.tidtam.project.Baseline b) {
        if (b == null) {
            return DASH;
        }
        return switch (field) {
            case START_DATE -> ThaiDates.formatLong(b.startDate());
            case END_DATE -> ThaiDates.formatLong(b.endDate());
            case BUDGET -> Baht.format(b.budget());
            case OBJECTIVES -> String.join("; ", b.objectives());
            case QUALITY_TARGETS -> String.join("; ", b.qualityTargets());
            case QUANTITY_TARGETS -> b.quantityTargets().stream()
                    .map(q -> q.description() + " " + number(q.quantity()) + " " + q.unit())
                    .collect(java.util.stream.Collectors.joining("; "));
        };
    }

    private static String number(BigDecimal value) {
        return value == null ? "" : new java.text.DecimalFormat("#,##0.##").format(value);
    }

    private Font load(String file, float size) {
        try (InputStream in = FormPdf.class.getResourceAsStream("/META-INF/resources/fonts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("font " + file + " is not on the class path");
            }
            return layout.loadFont(file, in, size);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (org.openpdf.text.pdf.GlyphLayoutFontManager.FontLoadException e) {
            throw new IllegalStateException("font " + file + " cannot be loaded", e);
        }
    }

    /** The title and หน้า X/Y at the top of every page; the print time, reference and QR code at the bottom. */
    private final class Frame extends PdfPageEventHelper {
        private final Printing printing;
        private PdfTemplate total;

        Frame(Printing printing) {
            this.printing = printing;
        }

        @Override
        public void onOpenDocument(PdfWriter writer, Document document) {
            total = writer.getDirectContent().createTemplate(40, 16);
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            var canvas = writer.getDirectContent();
            var page = document.getPageSize();
            float top = page.getHeight() - 40;
            ColumnText.showTextAligned(canvas, Element.ALIGN_CENTER, new Phrase(TITLE, title), page.getWidth() / 2,
                    top, 0);
            if (printing.asOf() != null) {
                ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase("ข้อมูล ณ สิ้นเดือน"
                        + ThaiDates.formatMonth(printing.asOf()), small), MARGIN, top - 16, 0);
            }
            var pageText = "หน้า " + writer.getPageNumber() + "/";
            ColumnText.showTextAligned(canvas, Element.ALIGN_RIGHT, new Phrase(pageText, small),
                    page.getWidth() - MARGIN - 14, top - 16, 0);
            canvas.addTemplate(total, page.getWidth() - MARGIN - 14, top - 16);
            canvas.setLineWidth(0.5f);
            canvas.moveTo(MARGIN, top - 22);
            canvas.lineTo(page.getWidth() - MARGIN, top - 22);
            canvas.stroke();

            float qr = 46f;
            canvas.moveTo(MARGIN, BOTTOM - 14);
            canvas.lineTo(page.getWidth() - MARGIN, BOTTOM - 14);
            canvas.stroke();
            ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase("พิมพ์เมื่อ "
                            + ThaiDates.formatDateTime(printing.printedAt()) + " น.  ·  รหัสตรวจสอบ "
                            + printing.reference(), small), MARGIN, BOTTOM - 30, 0);
            ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase("ตรวจสอบว่าตรงกับข้อมูลในระบบ: "
                    + printing.verifyUrl(), small), MARGIN, BOTTOM - 42, 0);
            qr(canvas, printing.verifyUrl(), page.getWidth() - MARGIN - qr, BOTTOM - 18 - qr, qr);
        }

        @Override
        public void onCloseDocument(PdfWriter writer, Document document) {
            ColumnText.showTextAligned(total, Element.ALIGN_LEFT,
                    new Phrase(String.valueOf(writer.getPageNumber() - 1), small), 0, 0, 0);
        }
    }

    /** The QR code as vector squares, so it prints sharp at any size. */
    private static void qr(PdfContentByte canvas, String text, float x, float y, float size) {
        try {
            var matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 0));
            float cell = size / matrix.getWidth();
            canvas.saveState();
            canvas.setRGBColorFill(0, 0, 0);
            for (int row = 0; row < matrix.getHeight(); row++) {
                for (int col = 0; col < matrix.getWidth(); col++) {
                    if (matrix.get(col, row)) {
                        canvas.rectangle(x + col * cell, y + size - (row + 1) * cell, cell, cell);
                    }
                }
            }
            canvas.fill();
            canvas.restoreState();
        } catch (WriterException e) {
            throw new IllegalStateException("QR code for " + text, e);
        }
    }
}
