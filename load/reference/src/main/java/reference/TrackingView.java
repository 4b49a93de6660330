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
@Route("tracking")
@PermitAll
public class TrackingView extends VerticalLayout {



    public TrackingView() {
        var grid = new Grid<ListView.Row>();
        grid.addColumn(ListView.Row::code).setHeader("รหัส");
        grid.addColumn(ListView.Row::name).setHeader("ชื่อโครงการ");
        grid.addColumn(ListView.Row::agency).setHeader("หน่วยงาน");
        grid.addColumn(ListView.Row::status).setHeader("สถานะ");
        grid.addColumn(row -> "%,.2f บาท".formatted(row.budget())).setHeader("งบประมาณ");
        grid.addColumn(ListView.Row::year).setHeader("ปีงบประมาณ");
        grid.addColumn(row -> row.progress() + " %").setHeader("ความก้าวหน้า");
        grid.setItems(query -> ListView.ROWS.stream().skip(query.getOffset()).limit(query.getLimit()), query -> ListView.ROWS.size());
        var filters = new HorizontalLayout(new TextField("ค้นหา"), new ComboBox<>("ปีงบประมาณ", 2568, 2569, 2570),
                new ComboBox<>("สถานะ", "ดำเนินการ", "เสร็จสิ้น"), new ComboBox<>("หน่วยงาน", "สำนักงานเขต 1"));
        add(new H2("โครงการ"), filters, grid);
        setSizeFull();
    }
}
