package th.go.bangkok.tidtam.base.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.datepicker.DatePicker;
import java.time.format.TextStyle;
import java.time.DayOfWeek;
import java.time.Month;
import java.util.Arrays;
import java.util.List;

/**
 * A date picker that shows and accepts the Buddhist year (31/03/2564) with Thai month names, while its value
 * stays a plain LocalDate. The year shift happens in the browser's own format and parse functions.
 */
public class BuddhistDatePicker extends DatePicker {

    private static final String INSTALL = """
            const el = this;
            const digits = s => s.replace(/[๐-๙]/g, c => String(c.charCodeAt(0) - 0x0E50));
            el.i18n = Object.assign({}, el.i18n, {
              formatDate: d => d ? String(d.day).padStart(2, '0') + '/' + String(d.month + 1).padStart(2, '0')
                  + '/' + (d.year + 543) : '',
              parseDate: text => {
                const m = /^\\s*(\\d{1,2})\\/(\\d{1,2})\\/(\\d{4})\\s*$/.exec(digits(text || ''));
                if (!m) { return undefined; }
                const day = +m[1], month = +m[2] - 1;
                let year = +m[3];
                if (year > 2400) { year -= 543; }
                const check = new Date(0);
                check.setFullYear(year, month, day);
                if (check.getFullYear() !== year || check.getMonth() !== month || check.getDate() !== day) {
                  return undefined;
                }
                return {day, month, year};
              },
              formatTitle: (monthName, fullYear) => monthName + ' ' + (fullYear + 543)
            });
            """;

    public BuddhistDatePicker() {
        this(null);
    }

    public BuddhistDatePicker(String label) {
        super(label);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        var locale = getLocale() != null && "en".equals(getLocale().getLanguage())
                ? java.util.Locale.ENGLISH : TranslationProvider.THAI;
        var i18n = new DatePickerI18n()
                .setMonthNames(Arrays.stream(Month.values()).map(m -> m.getDisplayName(TextStyle.FULL, locale)).toList())
                .setWeekdays(week(TextStyle.FULL, locale))
                .setWeekdaysShort(week(TextStyle.SHORT, locale))
                .setFirstDayOfWeek(0)
                .setToday(getTranslation("date.today"))
                .setCancel(getTranslation("action.cancel"))
                .setBadInputErrorMessage(getTranslation("error.date.invalid"));
        setI18n(i18n);
        setPlaceholder(getTranslation("date.placeholder"));
        attachEvent.getUI().beforeClientResponse(this, context -> getElement().executeJs(INSTALL));
    }

    private static List<String> week(TextStyle style, java.util.Locale locale) {
        var days = List.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);
        return days.stream().map(d -> d.getDisplayName(style, locale)).toList();
    }
}
