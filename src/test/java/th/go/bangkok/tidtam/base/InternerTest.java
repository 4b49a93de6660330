package th.go.bangkok.tidtam.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Equal immutable rows held once for every session that shows them; different rows stay apart. */
class InternerTest {

    record Row(String name, BigDecimal budget, boolean mine) {
    }

    @Test
    void equal_values_read_apart_come_back_as_the_instance_held_first() {
        var rows = new Interner<Row>();
        var first = rows.intern(new Row(new String("โครงการ ก"), new BigDecimal("824000.00"), false));
        var again = rows.intern(new Row(new String("โครงการ ก"), new BigDecimal("824000.00"), false));
        assertThat(again).isSameAs(first);
        assertThat(rows.size()).isEqualTo(1);
    }

    @Test
    void values_that_differ_in_any_field_stay_different_instances() {
        var rows = new Interner<Row>();
        var coordinators = rows.intern(new Row("โครงการ ก", new BigDecimal("824000.00"), false));
        var officers = rows.intern(new Row("โครงการ ก", new BigDecimal("824000.00"), true));
        var rescaled = rows.intern(new Row("โครงการ ก", new BigDecimal("824000.0"), false));
        assertThat(officers).isNotSameAs(coordinators).extracting(Row::mine).isEqualTo(true);
        assertThat(rescaled).isNotSameAs(coordinators);
        assertThat(rows.size()).isEqualTo(3);
    }

    @Test
    void a_value_nobody_holds_any_more_is_let_go() throws InterruptedException {
        var rows = new Interner<Row>();
        rows.intern(new Row(new String("โครงการ ข"), new BigDecimal("1.00"), false));
        assertThat(rows.size()).isEqualTo(1);
        for (int i = 0; i < 250 && rows.size() > 0; i++) { // up to 5 s on a busy machine
            System.gc();
            Thread.sleep(20);
        }
        assertThat(rows.size()).as("held weakly: a row no session shows is collected").isZero();
    }
}
