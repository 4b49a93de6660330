package th.go.bangkok.tidtam.tracking;

import java.math.BigDecimal;

/**
 * One dimension of the 20-year plan for the month: the running projects linked to it, their budget and what they
 * disbursed up to the month. A project linked to two dimensions counts in both.
 */
public record DimensionFigures(long dimensionId, String code, String nameTh, String nameEn, long projects,
                               BigDecimal budget, BigDecimal disbursed) {

    public String name(java.util.Locale locale) {
        return "en".equals(locale.getLanguage()) && nameEn != null && !nameEn.isBlank() ? nameEn : nameTh;
    }

    /** ๑ มหานครปลอดภัย: numbered in Thai digits, as the plan and the official form number its dimensions. */
    public String label(java.util.Locale locale) {
        return th.go.bangkok.tidtam.base.ThaiDates.toThaiDigits(code) + " " + name(locale);
    }

    public BigDecimal disbursedPercent() {
        return Percent.of(disbursed, budget);
    }
}
