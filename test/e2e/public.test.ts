/**
 * Public pages in a real browser: start page, search and entry pages in
 * German and Arabic (RTL), the language switcher, keyboard use, the map
 * button, the 404 page, 200 % zoom – and axe-core on every page visited.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import type { Page } from "playwright-core";
import { dirOf, LOCALES, translate, type Locale } from "../../src/core/i18n.ts";
import { axeViolations, expectAccessible, focused, htmlLangDir, useE2E } from "./browser.ts";

const e2e = useE2E();

const TENANT = "wilhelmshaven";
const QUERY = "Sprachmittlung";
const ENTRY = "sprachmittlung";

/** Opens a page, checks the status, runs axe. */
async function visit(page: Page, url: string, status = 200): Promise<void> {
  const res = await page.goto(url);
  assert.ok(res, `no response for ${url}`);
  assert.equal(res.status(), status, `${url}: HTTP ${res.status()}`);
  await expectAccessible(page);
}

const text = async (page: Page, selector: string) => ((await page.locator(selector).first().textContent()) ?? "").trim();

test("axe self-check: a broken page is reported, with a readable list", async () => {
  const page = await e2e().newPage();
  await page.setContent(`<!doctype html><html><head><title>x</title></head><body><main><img src="data:,"><input type="text"></main></body></html>`);
  const ids = (await axeViolations(page)).map((v) => v.id);
  for (const id of ["html-has-lang", "image-alt", "label"]) assert.ok(ids.includes(id), `axe should report ${id}, got: ${ids.join(", ")}`);
  await assert.rejects(expectAccessible(page), (err: Error) => /image-alt \[critical\].*\n\s+img/.test(err.message));
});

test("start page: search for a municipality and go there", async () => {
  const page = await e2e().newPage();
  await visit(page, "/");
  assert.equal(await text(page, "h1"), translate("de", "start.title"));
  const all = await page.locator("ul.cards > li.card").count();
  assert.ok(all >= 2, `expected several municipalities, got ${all}`);

  await page.locator("#q").fill("Meppen"); // a town of the district Emsland
  await Promise.all([page.waitForURL(/[?&]q=Meppen/), page.locator("#q").press("Enter")]);
  await expectAccessible(page, "start page, search");
  const cards = page.locator("ul.cards > li.card");
  assert.equal(await cards.count(), 1);
  assert.match((await cards.first().textContent()) ?? "", /Emsland/);
  assert.match((await cards.first().textContent()) ?? "", /Meppen/);

  await Promise.all([page.waitForURL("**/emsland/de/"), cards.first().getByRole("link").click()]);
  await expectAccessible(page, "tenant home");
  assert.match(await text(page, "h1"), /Emsland/);
});

for (const lang of ["de", "ar"] as const satisfies readonly Locale[]) {
  const dir = lang === "ar" ? "rtl" : "ltr";

  test(`search and entry page in ${lang} (${dir})`, async () => {
    const page = await e2e().newPage();
    await visit(page, `/${TENANT}/${lang}/`);
    assert.deepEqual(await htmlLangDir(page), { lang, dir });

    await visit(page, `/${TENANT}/${lang}/wegweiser?q=${QUERY}`);
    assert.deepEqual(await htmlLangDir(page), { lang, dir });
    assert.equal(await text(page, "h1"), translate(lang, "search.title"));
    const results = page.locator("ul.results > li.result");
    const count = await results.count();
    assert.ok(count >= 1, "no results");
    assert.match(await text(page, "#results-heading"), new RegExp(`${count}`));
    // Every result says whether it is open now.
    const statuses = await results.evaluateAll((lis) =>
      lis.map((li) => {
        const s = li.querySelector(".status");
        return { text: s?.textContent?.trim() ?? "", cls: s?.className ?? "" };
      }),
    );
    for (const s of statuses) {
      assert.ok(s.text.length > 0, "a result without open status");
      assert.match(s.cls, /status--(open|closed)/);
    }
    // "Open now" only shows offers that are open (possibly none, depending on the hour).
    await visit(page, `/${TENANT}/${lang}/wegweiser?openNow=1`);
    const open = await page.locator("ul.results .status").evaluateAll((els) => els.map((e) => e.className));
    for (const cls of open) assert.match(cls, /status--open/);
    assert.equal(await page.locator("#openNow").isChecked(), true);

    // The entry page.
    await page.goto(`/${TENANT}/${lang}/wegweiser?q=${QUERY}`);
    const link = page.locator(`ul.results a[href="/${TENANT}/${lang}/wegweiser/${ENTRY}"]`);
    const name = ((await link.textContent()) ?? "").trim();
    await Promise.all([page.waitForURL(`**/${TENANT}/${lang}/wegweiser/${ENTRY}`), link.click()]);
    await expectAccessible(page, "entry page");
    assert.deepEqual(await htmlLangDir(page), { lang, dir });
    assert.ok((await text(page, "h1")).includes(name), `h1 should name the entry "${name}"`);
    assert.ok((await text(page, "#h-hours ~ .status")).length > 0, "open status on the entry page");
    assert.ok((await page.locator("table.hours tbody tr").count()) === 7, "hours of the next seven days");
  });

  test(`keyboard in ${lang}: the skip link comes first and moves focus to main`, async () => {
    const page = await e2e().newPage();
    await visit(page, `/${TENANT}/${lang}/wegweiser?q=${QUERY}`);
    await page.keyboard.press("Tab");
    assert.equal(await focused(page), "a.skip-link");
    assert.ok(await page.locator("a.skip-link").isVisible(), "the focused skip link is visible");
    assert.equal(await text(page, "a.skip-link"), translate(lang, "layout.skipToContent"));
    await page.keyboard.press("Enter");
    assert.equal(await focused(page), "main#main");
    // The next Tab continues inside main, not at the top of the page.
    await page.keyboard.press("Tab");
    assert.ok(await page.evaluate(() => document.getElementById("main")!.contains(document.activeElement)), `focus left main: ${await focused(page)}`);
  });
}

test("the search page in every interface language: lang, dir, no axe violations", async () => {
  const page = await e2e().newPage();
  for (const lang of LOCALES) {
    await visit(page, `/${TENANT}/${lang}/wegweiser?q=${QUERY}`);
    assert.deepEqual(await htmlLangDir(page), { lang, dir: dirOf(lang) });
    assert.equal(await text(page, "h1"), translate(lang, "search.title"));
  }
});

test("the search form works with the keyboard alone", async () => {
  const page = await e2e().newPage();
  await visit(page, `/${TENANT}/de/`);
  for (let i = 0; i < 30 && (await focused(page)) !== "input#q"; i++) await page.keyboard.press("Tab");
  assert.equal(await focused(page), "input#q", "Tab reaches the search field");
  await page.keyboard.type(QUERY);
  await Promise.all([page.waitForURL(new RegExp(`/${TENANT}/de/wegweiser\\?q=${QUERY}$`)), page.keyboard.press("Enter")]);
  await expectAccessible(page, "results after keyboard search");
  assert.ok((await page.locator("ul.results > li.result").count()) >= 1, "results shown");
  assert.equal(await page.locator("#q").inputValue(), QUERY);
});

test("the language switcher keeps the page: path and query", async () => {
  const page = await e2e().newPage();
  await visit(page, `/${TENANT}/de/wegweiser?q=${QUERY}`);
  const before = await page.locator("ul.results > li.result").count();
  // By keyboard: open the <details>, Tab to العربية, Enter.
  await page.locator(".lang-switcher summary").focus();
  await page.keyboard.press("Enter");
  assert.equal(await page.locator(".lang-switcher").getAttribute("open"), "");
  await expectAccessible(page, "language switcher open");
  for (let i = 0; i < 10 && !(await page.evaluate(() => document.activeElement?.getAttribute("hreflang") === "ar")); i++) await page.keyboard.press("Tab");
  await Promise.all([page.waitForURL(`**/${TENANT}/ar/wegweiser?q=${QUERY}`), page.keyboard.press("Enter")]);
  const url = new URL(page.url());
  assert.equal(url.pathname, `/${TENANT}/ar/wegweiser`);
  assert.equal(url.search, `?q=${QUERY}`);
  assert.deepEqual(await htmlLangDir(page), { lang: "ar", dir: "rtl" });
  assert.equal(await page.locator("#q").inputValue(), QUERY);
  assert.equal(await page.locator("ul.results > li.result").count(), before);
  await expectAccessible(page);

  // And back by mouse, on an entry page.
  await page.goto(`/${TENANT}/ar/wegweiser/${ENTRY}`);
  await page.locator(".lang-switcher summary").click();
  await Promise.all([page.waitForURL(`**/${TENANT}/de/wegweiser/${ENTRY}`), page.locator('.lang-switcher a[hreflang="de"]').click()]);
  assert.deepEqual(await htmlLangDir(page), { lang: "de", dir: "ltr" });
});

test("the map button appears with JavaScript and toggles aria-expanded", async () => {
  const page = await e2e().newPage();
  await visit(page, `/${TENANT}/de/wegweiser?q=${QUERY}`);
  const button = page.locator('button[aria-controls="result-map"]');
  await button.waitFor();
  assert.equal(await button.textContent(), translate("de", "search.showMap"));
  assert.equal(await button.getAttribute("aria-expanded"), "false");
  assert.equal(await page.locator("#result-map").isVisible(), false);

  await button.focus();
  await page.keyboard.press("Enter");
  assert.equal(await button.getAttribute("aria-expanded"), "true");
  assert.equal(await page.locator("#result-map").isVisible(), true);
  // Leaflet loads from our own origin; tiles would come from elsewhere and are blocked (no network) – that's fine.
  await page.locator("#result-map.leaflet-container").waitFor({ timeout: 10_000 });
  await expectAccessible(page, "map open");

  await button.click();
  assert.equal(await button.getAttribute("aria-expanded"), "false");
  assert.equal(await page.locator("#result-map").isVisible(), false);

  // Without JavaScript: no button, no empty box; the results are all there.
  const nojs = await e2e().newPage({ javaScriptEnabled: false });
  await nojs.goto(`/${TENANT}/de/wegweiser?q=${QUERY}`);
  assert.equal(await nojs.locator('button[aria-controls="result-map"]').count(), 0);
  assert.equal(await nojs.locator("#result-map").isVisible(), false);
  assert.ok((await nojs.locator("ul.results > li.result").count()) >= 1);
});

test("404 page in the reader's language", async () => {
  const page = await e2e().newPage();
  // Language from the path.
  await visit(page, `/${TENANT}/ar/wegweiser/gibt-es-nicht`, 404);
  assert.deepEqual(await htmlLangDir(page), { lang: "ar", dir: "rtl" });
  assert.equal(await text(page, "h1"), translate("ar", "error.notFound.title"));
  assert.equal(await page.title(), `${translate("ar", "error.notFound.title")} – Teilhabe`);
  await visit(page, `/${TENANT}/de/gibt-es-nicht`, 404);
  assert.deepEqual(await htmlLangDir(page), { lang: "de", dir: "ltr" });
  assert.equal(await text(page, "h1"), translate("de", "error.notFound.title"));

  // Language from the browser (Accept-Language) where the address has none.
  const arabic = await e2e().newPage({ locale: "ar" });
  await visit(arabic, "/gibt-es-nicht", 404);
  assert.deepEqual(await htmlLangDir(arabic), { lang: "ar", dir: "rtl" });
  assert.equal(await text(arabic, "h1"), translate("ar", "error.notFound.title"));
  // A way on.
  assert.equal(await arabic.locator('main a[href="/"]').count(), 1);
});

test("200 % zoom (640 px wide): no horizontal scrolling", async () => {
  const page = await e2e().newPage({ viewport: { width: 640, height: 900 } });
  for (const url of [`/${TENANT}/ar/wegweiser?q=${QUERY}`, `/${TENANT}/ar/wegweiser/${ENTRY}`, `/${TENANT}/de/`]) {
    await visit(page, url);
    const m = await page.evaluate(() => {
      const main = document.getElementById("main")!;
      return { doc: document.documentElement.scrollWidth, view: document.documentElement.clientWidth, main: main.scrollWidth, mainBox: main.clientWidth };
    });
    assert.ok(m.doc <= m.view, `${url}: the page scrolls sideways (${m.doc} px content in ${m.view} px)`);
    assert.ok(m.main <= m.mainBox, `${url}: main scrolls sideways (${m.main} px content in ${m.mainBox} px)`);
  }
});
