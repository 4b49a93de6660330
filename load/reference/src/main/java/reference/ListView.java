package reference;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A page as the portal's lists are: a heading, a row of filters and a lazy grid of seven columns whose first page
 * (50 rows) comes with the page, read from a list in memory (no database: nothing of the application's own).
 */
@Route("projects")
@com.vaadin.flow.router.RouteAlias("")
@PermitAll
public class ListView extends VerticalLayout {

    record Row(String code, String name, String agency, String status, BigDecimal budget, int year, int progress) {}

    static final List<Row> ROWS = IntStream.range(0, 100_000).mapToObj(i -> new Row(
            "%08d-%04d".formatted(60010000 + i % 400, i), "โครงการพัฒนาคลองและทางระบายน้ำ รุ่นที่ " + i,
            "สำนักงานเขต " + (i % 50), i % 3 == 0 ? "ดำเนินการ" : "เสร็จสิ้น", BigDecimal.valueOf(824_000L + i, 2),
            2569 + i % 2, i % 101)).toList();

    public ListView() {
        var grid = new Grid<Row>();
        grid.addColumn(Row::code).setHeader("รหัส");
        grid.addColumn(Row::name).setHeader("ชื่อโครงการ");
        grid.addColumn(Row::agency).setHeader("หน่วยงาน");
        grid.addColumn(Row::status).setHeader("สถานะ");
        grid.addColumn(row -> "%,.2f บาท".formatted(row.budget())).setHeader("งบประมาณ");
        grid.addColumn(Row::year).setHeader("ปีงบประมาณ");
        grid.addColumn(row -> row.progress() + " %").setHeader("ความก้าวหน้า");
        grid.setItems(query -> ROWS.stream().skip(query.getOffset()).limit(query.getLimit()), query -> ROWS.size());
        var filters = new HorizontalLayout(new TextField("ค้นหา"), new ComboBox<>("ปีงบประมาณ", 2568, 2569, 2570),
                new ComboBox<>("สถานะ", "ดำเนินการ", "เสร็จสิ้น"), new ComboBox<>("หน่วยงาน", "สำนักงานเขต 1"));
        add(new H2("โครงการ"), filters, grid);
        setSizeFull();
    }
}
