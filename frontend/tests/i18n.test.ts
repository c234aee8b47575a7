import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { GuidePage } from "@/api/types";
import { thanksPath } from "@/lib/enquiry";
import { stateAfter, emptyValues } from "@/lib/enquiry";
import { humanize } from "@/lib/format";
import {
  DEFAULT_LOCALE,
  LOCALES,
  homePath,
  hreflangAlternates,
  isLocale,
  languageLinks,
  languageVersions,
  localeOfPath,
  pageLocale,
  translationsOf,
  withLocale,
  withoutLocale,
} from "@/lib/i18n";
import { MESSAGES, enumLabel, messagesFor } from "@/lib/messages";
import { pageAlternates, pageMetadata } from "@/lib/metadata";
import { DISALLOWED_PATHS } from "@/lib/sitemap";
import { countText, localeQuery, upcomingMonths } from "@/lib/search";
import { seatsText, statusText } from "@/lib/departures";

describe("locale of a path", () => {
  it("is Spanish under /es/ and the default everywhere else", () => {
    assert.equal(localeOfPath("/es/"), "es");
    assert.equal(localeOfPath("/es"), "es");
    assert.equal(localeOfPath("/es/lares/trek-4-dias/"), "es");
    assert.equal(localeOfPath("/es/search/?max_days=3"), "es");
    assert.equal(localeOfPath("/"), "en");
    assert.equal(localeOfPath("/lares/trek-4-days/"), "en");
    assert.equal(localeOfPath("/espana/"), "en", "a prefix is a whole segment");
    assert.equal(localeOfPath("/en/lares/"), "en", "the default language has no prefix");
    assert.equal(localeOfPath(""), "en");
    assert.equal(DEFAULT_LOCALE, "en");
    assert.deepEqual([...LOCALES], ["en", "es"]);
    assert.ok(isLocale("es") && !isLocale("fr") && !isLocale(undefined));
  });

  it("adds and removes the prefix, keeping the query", () => {
    assert.equal(withoutLocale("/es/lares/"), "/lares/");
    assert.equal(withoutLocale("/es/"), "/");
    assert.equal(withoutLocale("/es"), "/");
    assert.equal(withoutLocale("/lares/"), "/lares/");
    assert.equal(withLocale("/lares/", "es"), "/es/lares/");
    assert.equal(withLocale("/", "es"), "/es/");
    assert.equal(withLocale("/es/lares/", "en"), "/lares/");
    assert.equal(withLocale("/es/lares/", "es"), "/es/lares/");
    assert.equal(withLocale("/search/?max_days=3", "es"), "/es/search/?max_days=3");
    assert.equal(withoutLocale("/es/search/?a=1#x"), "/search/?a=1#x");
    assert.equal(homePath("en"), "/");
    assert.equal(homePath("es"), "/es/");
  });
});

const ITINERARY = {
  id: 30,
  type: "itinerary",
  title: "Trek Lares en 4 días",
  path: "/es/lares/trek-4-dias/",
  locale: "es",
  translations: [{ locale: "en", path: "/lares/trek-4-days/", title: "Lares Trek in 4 Days" }],
  seo_title: "",
  search_description: "",
  summary: "La ruta clásica.",
  hero_image: null,
} as unknown as GuidePage;

describe("a page's language and its translations", () => {
  it("reads the API's locale, else the path's", () => {
    assert.equal(pageLocale(ITINERARY, "/whatever/"), "es");
    assert.equal(pageLocale({ path: "/es/comunidades/" }, "/"), "es");
    assert.equal(pageLocale({ path: "" }, "/es/x/"), "es");
    assert.equal(pageLocale({ locale: "fr", path: "/lares/" }, "/lares/"), "en");
  });

  it("lists valid translations only", () => {
    assert.deepEqual(translationsOf(ITINERARY), [
      { locale: "en", path: "/lares/trek-4-days/", title: "Lares Trek in 4 Days" },
    ]);
    assert.deepEqual(translationsOf({}), []);
    assert.deepEqual(
      translationsOf({
        translations: [
          { locale: "fr", path: "/fr/x/", title: "x" },
          { locale: "es", path: "relative/", title: "x" },
          null,
          { locale: "es", path: "/es/x/" },
        ],
      }),
      [{ locale: "es", path: "/es/x/", title: "" }],
    );
  });
});

describe("hreflang alternates", () => {
  it("name every version, the page itself and x-default (the default language's URL)", () => {
    const versions = languageVersions("es", "/es/lares/trek-4-dias/", translationsOf(ITINERARY));
    assert.deepEqual(versions, { en: "/lares/trek-4-days/", es: "/es/lares/trek-4-dias/" });
    assert.deepEqual(hreflangAlternates(versions, "https://trek.example"), {
      en: "https://trek.example/lares/trek-4-days/",
      es: "https://trek.example/es/lares/trek-4-dias/",
      "x-default": "https://trek.example/lares/trek-4-days/",
    });
  });

  it("are left out for a page in one language", () => {
    assert.equal(hreflangAlternates({ en: "/faq/" }, "https://trek.example"), undefined);
  });

  it("have no x-default when the default language has no version", () => {
    const languages = hreflangAlternates(
      { es: "/es/solo/", en: undefined },
      "https://trek.example",
    );
    assert.equal(languages, undefined);
  });

  it("go into the page's metadata beside its unchanged canonical", () => {
    const before = process.env.GUIDE_SITE_URL;
    process.env.GUIDE_SITE_URL = "https://trek.example";
    try {
      const alternates = pageAlternates(ITINERARY, "/es/lares/trek-4-dias/");
      assert.equal(alternates?.canonical, "https://trek.example/es/lares/trek-4-dias/");
      assert.deepEqual(alternates?.languages, {
        en: "https://trek.example/lares/trek-4-days/",
        es: "https://trek.example/es/lares/trek-4-dias/",
        "x-default": "https://trek.example/lares/trek-4-days/",
      });
      const metadata = pageMetadata(ITINERARY, "/es/lares/trek-4-dias/", false, "Guía");
      const og = metadata.openGraph as { locale?: string; alternateLocale?: string[] };
      assert.equal(og.locale, "es_PE");
      assert.deepEqual(og.alternateLocale, ["en_GB"]);

      const english = { ...ITINERARY, path: "/faq/", locale: "en", translations: [] };
      const plain = pageAlternates(english as GuidePage, "/faq/");
      assert.deepEqual(plain, { canonical: "https://trek.example/faq/" });
    } finally {
      if (before === undefined) delete process.env.GUIDE_SITE_URL;
      else process.env.GUIDE_SITE_URL = before;
    }
  });
});

describe("language switcher", () => {
  it("links each language's version of the page and marks the current one", () => {
    const links = languageLinks(
      "es",
      "/es/lares/trek-4-dias/",
      languageVersions("es", "/es/lares/trek-4-dias/", translationsOf(ITINERARY)),
    );
    assert.deepEqual(links, [
      { locale: "en", name: "English", href: "/lares/trek-4-days/", current: false },
      { locale: "es", name: "Español", href: "/es/lares/trek-4-dias/", current: true },
    ]);
  });

  it("falls back to the other language's prefix of the same path", () => {
    assert.deepEqual(
      languageLinks("en", "/communities/huacahuasi/").map((link) => link.href),
      ["/communities/huacahuasi/", "/es/communities/huacahuasi/"],
    );
    assert.deepEqual(
      languageLinks("es", "/es/search/").map((link) => link.href),
      ["/search/", "/es/search/"],
    );
  });
});

/** Every key of a messages object, nested keys as "a.b", with what kind of value it holds. */
function shape(value: unknown, prefix = ""): Map<string, string> {
  const keys = new Map<string, string>();
  if (value && typeof value === "object" && !Array.isArray(value)) {
    for (const [key, child] of Object.entries(value)) {
      const path = prefix ? `${prefix}.${key}` : key;
      if (child && typeof child === "object" && !Array.isArray(child)) {
        for (const [k, v] of shape(child, path)) keys.set(k, v);
      } else {
        keys.set(path, Array.isArray(child) ? `array:${child.length}` : typeof child);
      }
    }
  }
  return keys;
}

describe("messages", () => {
  it("has every key in every language, of the same kind", () => {
    const english = shape(MESSAGES.en);
    assert.ok(english.size > 150, `${english.size} keys`);
    for (const locale of LOCALES) {
      const other = shape(MESSAGES[locale]);
      const missing = [...english.keys()].filter((key) => !other.has(key));
      const extra = [...other.keys()].filter((key) => !english.has(key));
      assert.deepEqual(missing, [], `${locale} lacks these keys`);
      assert.deepEqual(extra, [], `${locale} has keys English lacks`);
      for (const [key, kind] of english) {
        assert.equal(other.get(key), kind, `${locale}: ${key}`);
      }
    }
  });

  it("has no empty text, and functions taking the same arguments", () => {
    for (const locale of LOCALES) {
      const walk = (value: unknown, english: unknown, path: string) => {
        if (typeof value === "string") {
          assert.ok(value.length > 0, `${locale}: ${path} is empty`);
        } else if (typeof value === "function") {
          assert.equal(value.length, (english as () => void).length, `${locale}: ${path} arity`);
        } else if (value && typeof value === "object") {
          for (const [key, child] of Object.entries(value)) {
            walk(child, (english as Record<string, unknown>)[key], `${path}.${key}`);
          }
        }
      };
      walk(MESSAGES[locale], MESSAGES.en, locale);
    }
  });

  it("writes natural Spanish", () => {
    const es = messagesFor("es");
    assert.equal(es.untranslated.notice, "Esta página aún no está traducida al español.");
    assert.equal(es.untranslated.readOriginal("en"), "Leer la página en inglés");
    assert.equal(es.itinerary.durationValue(4, 3), "4 días, 3 noches");
    assert.equal(es.itinerary.durationValue(1, 0), "1 día");
    assert.equal(es.departures.seatsLeft(1), "queda 1 plaza");
    assert.equal(es.departures.seatsOf(3, 12), "quedan 3 de 12");
    assert.equal(es.search.count(0), "Ninguna ruta coincide");
    assert.equal(es.search.count(3), "3 rutas coinciden");
    assert.equal(es.day(2), "Día 2");
    assert.equal(es.enquiry.inHours(1), "en una hora");
    assert.equal(es.thanks.willAnswer(""), es.thanks.willAnswer("").trim());
    assert.match(es.thanks.willAnswer("Andes Trek"), /^Andes Trek le responderá/);
    assert.match(es.thanks.willAnswer(""), /^Le responderemos/);
  });

  it("falls back to English for an unknown language", () => {
    assert.equal(messagesFor(undefined), MESSAGES.en);
    assert.equal(messagesFor("xx" as never), MESSAGES.en);
  });
});

describe("API enums in words", () => {
  it("reads in English exactly as the enum humanised, as before", () => {
    for (const group of [
      "placeKind",
      "difficulty",
      "mode",
      "overnight",
      "rating",
      "likelihood",
      "timeOfDay",
      "pageType",
      "tone",
    ] as const) {
      for (const [value, label] of Object.entries(MESSAGES.en.enums[group])) {
        assert.equal(label, humanize(value), `${group}.${value}`);
      }
    }
  });

  it("has a Spanish word for each, and humanises a value it does not know", () => {
    assert.equal(enumLabel("es", "placeKind", "pass"), "Abra");
    assert.equal(enumLabel("es", "difficulty", "moderate"), "Moderada");
    assert.equal(enumLabel("es", "status", "guaranteed"), "Salida garantizada");
    assert.equal(enumLabel("en", "status", "few_seats"), "Few seats left");
    assert.equal(enumLabel("es", "placeKind", "glacier_lake"), "Glacier lake");
  });
});

describe("links the site builds keep the reader's language", () => {
  it("sends Spanish enquiries to the Spanish thank-you page", () => {
    assert.equal(thanksPath(12), "/enquiry/thanks/?itinerary=12");
    assert.equal(thanksPath(null), "/enquiry/thanks/");
    assert.equal(thanksPath(12, "es"), "/es/enquiry/thanks/?itinerary=12");
    assert.equal(thanksPath(null, "es"), "/es/enquiry/thanks/");
  });

  it("words the form's messages in the page's language", () => {
    const values = emptyValues();
    const busy = stateAfter(values, { kind: "unavailable" }, "es");
    assert.match(busy?.message ?? "", /^Su consulta no se pudo enviar/);
    const limited = stateAfter(
      values,
      { kind: "refused", status: 429, body: null, retryAfter: "600" },
      "es",
    );
    assert.match(limited?.message ?? "", /vuelva a enviarla en unos 10 minutos\.$/);
    const english = stateAfter(values, {
      kind: "refused",
      status: 413,
      body: null,
      retryAfter: null,
    });
    assert.match(english?.message ?? "", /^Your enquiry is too long/);
  });

  it("keeps crawlers off the thank-you pages in every language", () => {
    assert.ok(DISALLOWED_PATHS.includes("/enquiry/"));
    assert.ok(DISALLOWED_PATHS.includes("/es/enquiry/"));
  });
});

describe("search and departures in Spanish", () => {
  it("asks the listings for Spanish routes, and English ones exactly as before", () => {
    assert.deepEqual(localeQuery("en"), {});
    assert.deepEqual(localeQuery("es"), { locale: "es" });
  });

  it("names months and counts in Spanish", () => {
    assert.deepEqual(upcomingMonths(new Date(Date.UTC(2026, 11, 15)), 2, "es"), [
      { value: "2026-12", label: "Diciembre de 2026" },
      { value: "2027-01", label: "Enero de 2027" },
    ]);
    assert.equal(upcomingMonths(new Date(Date.UTC(2026, 11, 15)), 1)[0]?.label, "December 2026");
    assert.equal(countText(1, "es"), "1 ruta coincide");
    assert.equal(countText(1), "1 route matches");
  });

  it("words seats and statuses", () => {
    const seats = { status: "open" as const, seats_total: 12, seats_left: 3 };
    assert.equal(seatsText(seats, "es"), "quedan 3 de 12");
    assert.equal(seatsText({ ...seats, seats_total: null, seats_left: 1 }, "es"), "queda 1 plaza");
    assert.equal(seatsText({ ...seats, seats_left: null }, "es"), "a consultar");
    assert.equal(seatsText({ ...seats, status: "cancelled" }, "es"), "ninguna");
    assert.equal(statusText("few_seats", "es"), "Quedan pocas plazas");
    assert.equal(statusText("on_hold", "es"), "On hold");
  });
});
