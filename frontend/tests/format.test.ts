import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  formatDate,
  formatDistance,
  formatDurationRange,
  formatElevation,
  formatHours,
  formatList,
  formatMonths,
  formatNumber,
  formatPrice,
  formatTemperature,
  formatYearMonth,
  humanize,
  metres,
  monthName,
} from "@/lib/format";

describe("units", () => {
  it("groups thousands and drops a trailing .0", () => {
    assert.equal(formatNumber(4450), "4,450");
    assert.equal(formatNumber(33.0), "33");
    assert.equal(formatNumber(20.5), "20.5");
  });

  it("writes both systems as the API gives them, converting nothing", () => {
    assert.equal(metres(3800), "3,800 m");
    assert.equal(formatElevation({ m: 4450, ft: 14600 }), "4,450 m (14,600 ft)");
    const approximate = { precision: "approximate" as const, margin_m: 50 };
    assert.equal(formatElevation({ m: 4450, ft: 14600 }, approximate), "about 4,450 m (14,600 ft)");
    assert.equal(formatElevation(null), "unknown");
    assert.equal(formatDistance({ km: 33, mi: 20.5 }), "33 km (20.5 mi)");
    assert.equal(formatTemperature({ c: -5, f: 23 }), "−5 °C (23 °F)");
    assert.equal(formatTemperature({ c: 20, f: 68 }), "20 °C (68 °F)");
  });

  it("writes hour ranges and durations", () => {
    assert.equal(formatHours({ min: 4, max: 5 }), "4–5 h");
    assert.equal(formatHours({ min: 6, max: 6 }), "6 h");
    assert.equal(formatHours({ min: 4.5, max: 6 }), "4.5–6 h");
    assert.equal(formatDurationRange({ text: "3 h" }, { text: "5 h" }), "3 h to 5 h");
    assert.equal(formatDurationRange({ text: "45 min" }, { text: "45 min" }), "45 min");
  });
});

describe("months", () => {
  it("names months and refuses others", () => {
    assert.equal(monthName(1), "January");
    assert.equal(monthName(9, "short"), "Sep");
    assert.throws(() => monthName(13), RangeError);
  });

  it("writes runs of months", () => {
    assert.equal(formatMonths([5, 6, 7, 8, 9]), "May to September");
    assert.equal(formatMonths([9, 1, 4, 5]), "January, April to May, September");
    assert.equal(formatMonths([11, 12, 1, 2]), "November to February");
    assert.equal(formatMonths([3]), "March");
    assert.equal(formatMonths([]), "");
    assert.equal(formatMonths([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]), "all year");
  });
});

describe("words", () => {
  it("humanizes API enums", () => {
    assert.equal(humanize("hot_spring"), "Hot spring");
    assert.equal(humanize("moderate"), "Moderate");
  });

  it("joins lists in prose", () => {
    assert.equal(formatList(["breakfast", "lunch", "dinner"]), "Breakfast, lunch and dinner");
    assert.equal(formatList(["breakfast"]), "Breakfast");
    assert.equal(formatList([], "None included"), "None included");
  });
});

describe("prices and dates", () => {
  it("formats the exact decimal in the currency's notation", () => {
    assert.equal(formatPrice({ amount: "1250.00", currency: "USD" }), "$1,250.00");
    assert.equal(formatPrice({ amount: "690.5", currency: "EUR" }), "€690.50");
    assert.equal(formatPrice({ amount: "125000", currency: "JPY" }), "¥125,000");
    assert.equal(formatPrice({ amount: "690.00", currency: "PEN" }), "PEN\u00a0690.00");
  });

  it("keeps every digit of a large amount (no float rounding)", () => {
    assert.equal(
      formatPrice({ amount: "12345678901234567.25", currency: "USD" }),
      "$12,345,678,901,234,567.25",
    );
  });

  it("falls back to the amount and code for a currency Intl does not accept", () => {
    assert.equal(formatPrice({ amount: "10.00", currency: "US" }), "10.00 US");
  });

  it("writes calendar dates without a time zone moving them", () => {
    assert.equal(formatDate("2026-06-06"), "Sat, 6 June 2026");
    assert.equal(formatDate("2027-01-01"), "Fri, 1 January 2027");
    assert.equal(formatDate("2026-02-30"), "2026-02-30");
    assert.equal(formatDate("next week"), "next week");
  });

  it("writes year-months", () => {
    assert.equal(formatYearMonth("2026-06"), "June 2026");
    assert.equal(formatYearMonth("2026-13"), "2026-13");
    assert.equal(formatYearMonth("June"), "June");
  });
});

describe("in Spanish", () => {
  it("groups every number above 999 with a point and writes decimals with a comma", () => {
    assert.equal(formatNumber(4450, "es"), "4.450");
    assert.equal(formatNumber(999, "es"), "999");
    assert.equal(formatNumber(12.5, "es"), "12,5");
    assert.equal(formatNumber(14600, "es"), "14.600");
    assert.equal(formatNumber(33.0, "es"), "33");
    assert.equal(metres(4450, "es"), "4.450 m");
    assert.equal(formatElevation({ m: 4450, ft: 14600 }, undefined, "es"), "4.450 m (14.600 ft)");
    const approximate = { precision: "approximate" as const, margin_m: 50 };
    assert.equal(
      formatElevation({ m: 4450, ft: 14600 }, approximate, "es"),
      "aprox. 4.450 m (14.600 ft)",
    );
    assert.equal(formatElevation(null, undefined, "es"), "desconocida");
    assert.equal(formatDistance({ km: 12.5, mi: 7.8 }, "es"), "12,5 km (7,8 mi)");
    assert.equal(formatTemperature({ c: -5.5, f: 22.1 }, "es"), "−5,5 °C (22,1 °F)");
    assert.equal(formatHours({ min: 4.5, max: 6 }, "es"), "4,5–6 h");
    assert.equal(formatDurationRange({ text: "3 h" }, { text: "5 h" }, "es"), "3 h a 5 h");
  });

  it("still writes English as before when asked for it", () => {
    assert.equal(formatNumber(4450, "en"), "4,450");
    assert.equal(metres(4450, "en"), "4,450 m");
    assert.equal(formatDistance({ km: 12.5, mi: 7.8 }, "en"), "12.5 km (7.8 mi)");
    assert.equal(formatDate("2026-06-06", "en"), "Sat, 6 June 2026");
  });

  it("names months and runs of months", () => {
    assert.equal(monthName(1, "long", "es"), "enero");
    assert.equal(monthName(9, "long", "es"), "septiembre");
    assert.equal(formatMonths([5, 6, 7, 8, 9], "es"), "Mayo a septiembre");
    assert.equal(formatMonths([11, 12, 1, 2], "es"), "Noviembre a febrero");
    assert.equal(formatMonths([9, 1, 4, 5], "es"), "Enero, abril a mayo, septiembre");
    assert.equal(formatMonths([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], "es"), "todo el año");
  });

  it("joins lists with y", () => {
    assert.equal(
      formatList(["desayuno", "almuerzo", "cena"], undefined, "es"),
      "Desayuno, almuerzo y cena",
    );
    assert.equal(formatList([], undefined, "es"), "Ninguno");
    assert.equal(formatList([], "Ninguna incluida", "es"), "Ninguna incluida");
  });

  it("writes prices and calendar dates", () => {
    assert.equal(formatPrice({ amount: "1250.00", currency: "USD" }, "es"), "1.250,00\u00a0US$");
    assert.equal(formatPrice({ amount: "690.5", currency: "EUR" }, "es"), "690,50\u00a0€");
    assert.equal(formatPrice({ amount: "10.00", currency: "US" }, "es"), "10.00 US");
    assert.equal(formatDate("2026-06-06", "es"), "sáb, 6 de junio de 2026");
    assert.equal(formatDate("2027-01-01", "es"), "vie, 1 de enero de 2027");
    assert.equal(formatDate("2026-02-30", "es"), "2026-02-30");
    assert.equal(formatYearMonth("2026-06", "es"), "junio de 2026");
  });
});
