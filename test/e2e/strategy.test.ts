/**
 * The strategy module in a real browser, on the demo data: the office opens a
 * Selbstcheck round and makes a link; a respondent answers it by keyboard (an
 * error at the field first, then "don't know", progress kept), in German and
 * in Arabic; the office reads the results with their charts and the room's
 * presentation; a workshop vote on a phone; the public Handlungskonzept in
 * Arabic. axe-core on every page visited.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import type { Page } from "playwright-core";
import { translate } from "../../src/core/i18n.ts";
import { expectAccessible, htmlLangDir, signIn, useE2E } from "./browser.ts";

const e2e = useE2E();
const TENANT = "wilhelmshaven";
const ADMIN = `/admin/${TENANT}/strategie`;

async function visit(page: Page, url: string, status = 200): Promise<void> {
  const res = await page.goto(url);
  assert.ok(res, `no response for ${url}`);
  assert.equal(res.status(), status, `${url}: HTTP ${res.status()}`);
  await expectAccessible(page, url);
}

/** Clicks a form's button and waits for the answer to the POST and the page it leads to (the form may post to its own URL). */
async function submit(page: Page, button: string) {
  await Promise.all([page.waitForResponse((r) => r.request().method() === "POST"), page.locator(button).first().click()]);
  await page.waitForLoadState("load");
}

/** The office: a new round of the demo's Selbstcheck with two links; returns their paths. */
async function openRound(page: Page, title: string): Promise<string[]> {
  await signIn(page);
  await visit(page, ADMIN);
  await visit(page, `${ADMIN}/runden/neu`);
  await page.locator("#f-questionnaireId").selectOption({ index: 1 });
  await page.locator("#f-title").fill(title);
  await submit(page, "main form button[type=submit]");
  await expectAccessible(page, "round created");
  await page.locator("#f-count").fill("2");
  await submit(page, "form[action$='/links'] button[type=submit]");
  await submit(page, "form[action$='/oeffnen'] button[type=submit]");
  await expectAccessible(page, "round opened");
  const links = await page.locator("input.link-field").evaluateAll((els) => els.map((e) => new URL((e as HTMLInputElement).value).pathname));
  assert.equal(links.length, 2);
  return links;
}

test("a Selbstcheck round answered by keyboard in German and in Arabic; the office reads the results", async () => {
  const office = await e2e().newPage();
  const [de, ar] = await openRound(office, "Selbstcheck im Browser");

  for (const [path, lang, dir] of [
    [de!, "de", "ltr"],
    [ar!.replace("/de/", "/ar/"), "ar", "rtl"],
  ] as const) {
    const page = await e2e().newPage();
    await visit(page, path);
    assert.deepEqual(await htmlLangDir(page), { lang, dir });
    await Promise.all([page.waitForLoadState("load"), page.locator("main a.kern-btn").click()]);
    await expectAccessible(page, `area 1 (${lang})`);
    // Continue without answering: the required questions are reported, the summary links to them.
    await submit(page, "button[name=step][value=next]");
    await expectAccessible(page, `area 1 with errors (${lang})`);
    assert.equal(await page.locator("#error-summary").count(), 1);
    assert.match((await page.locator("#error-summary").textContent()) ?? "", new RegExp(translate(lang, "strategy.validation.answerRequired").slice(0, 10)));
    await page.locator("#error-summary a").first().click();
    // Answer every radio group by keyboard: focus its first option, arrow to the fourth.
    const groups = await page.locator("fieldset.question").evaluateAll((els) => els.map((e) => e.id));
    for (const id of groups) {
      const radios = page.locator(`#${id} input[type=radio]`);
      if ((await radios.count()) === 0) continue;
      await radios.first().focus();
      await page.keyboard.press("Space");
      await page.keyboard.press(dir === "rtl" ? "ArrowLeft" : "ArrowRight");
    }
    await submit(page, "button[name=step][value=next]");
    assert.match(page.url(), /bereich=2/);
    // Save for later and come back: the answers of area 2 are kept.
    const firstRadio = page.locator("fieldset.question input[type=radio]").first();
    await firstRadio.check();
    await submit(page, "button[name=step][value=save]");
    await expectAccessible(page, `start page with progress (${lang})`);
    await page.goto(`${path}?bereich=2`);
    assert.equal(await page.locator("fieldset.question input[type=radio]").first().isChecked(), true);
    // "Don't know" everywhere else, to the end.
    for (let area = 2; area <= 20; area++) {
      const missing = await page.locator("fieldset.question").evaluateAll((els) =>
        els.filter((e) => e.querySelector("input[type=radio]") && !e.querySelector("input[type=radio]:checked")).map((e) => e.id),
      );
      for (const id of missing) await page.locator(`#${id} input[value=_dk]`).check();
      const last = (await page.locator("button[name=step][value=submit]").count()) > 0;
      await submit(page, last ? "button[name=step][value=submit]" : "button[name=step][value=next]");
      if (last) break;
    }
    await expectAccessible(page, `submitted (${lang})`);
    assert.match((await page.locator("main").textContent()) ?? "", new RegExp(translate(lang, "strategy.answer.thanks").slice(0, 8)));
  }

  // The office: the results of the new round, then of the demo's 2025 round with its comparison.
  await office.getByRole("link", { name: translate("de", "strategy.results.title") }).click();
  await office.waitForLoadState("load");
  await expectAccessible(office, "results of the new round");
  assert.match((await office.locator("main").textContent()) ?? "", /2 abgeschlossene Antworten von 2 Links/);
  await visit(office, `${ADMIN}/runden`);
  await office.getByRole("link", { name: "Selbstcheck Weltoffene Kommune 2025" }).click();
  await office.waitForLoadState("load");
  await office.getByRole("link", { name: translate("de", "strategy.results.title") }).click();
  await office.waitForLoadState("load");
  await expectAccessible(office, "results 2025");
  const text = (await office.locator("main").textContent()) ?? "";
  assert.match(text, /Veränderung seit der vorigen Runde/);
  assert.ok((await office.locator("svg[role=img]").count()) >= 2, "radar and bars");
  assert.ok((await office.locator("table.chart-table").count()) >= 1, "the figures as a table beside the charts");
  // The presentation for the room: forward by keyboard.
  await office.getByRole("link", { name: translate("de", "strategy.results.present") }).click();
  await office.waitForLoadState("load");
  await expectAccessible(office, "presentation");
  await office.locator("a[rel=next]").focus();
  await Promise.all([office.waitForURL(/folie=1/), office.keyboard.press("Enter")]);
  await office.waitForLoadState("load");
  await expectAccessible(office, "presentation, slide 2");
});

test("a workshop vote on a phone, the office's live view; the public Handlungskonzept in Arabic", async () => {
  const office = await e2e().newPage();
  await signIn(office);
  await visit(office, `${ADMIN}/workshops/neu`);
  await office.locator("#f-roundId").selectOption({ index: 1 });
  await office.locator("#f-title").fill("Workshop im Browser");
  await submit(office, "main form button[type=submit]");
  await expectAccessible(office, "workshop");
  const code = ((await office.locator(".workshop-code strong").first().textContent()) ?? "").trim();
  assert.match(code, /^[A-Z0-9]{6}$/);

  const phone = await e2e().newPage({ viewport: { width: 360, height: 740 } });
  await visit(phone, `/${TENANT}/de/mitmachen`);
  await phone.locator("#f-code").fill(code.toLowerCase());
  await submit(phone, "main form button[type=submit]");
  await expectAccessible(phone, "ballot");
  const boxes = phone.locator("main input[type=checkbox]");
  await boxes.nth(0).check();
  await boxes.nth(1).check();
  await submit(phone, "main form button[type=submit]");
  await expectAccessible(phone, "ballot saved");
  assert.equal(await phone.locator("p.notice--success").count(), 1);

  await visit(office, `${office.url().replace(/\/$/, "")}/live`);
  assert.match((await office.locator("main").textContent()) ?? "", /1 Person hat abgestimmt/);

  const visitor = await e2e().newPage();
  await visit(visitor, `/${TENANT}/ar/handlungskonzept`);
  assert.deepEqual(await htmlLangDir(visitor), { lang: "ar", dir: "rtl" });
  assert.ok((await visitor.locator("section.card").count()) >= 3, "fields of action");
  assert.ok((await visitor.locator(".tag--measure-in_progress").count()) >= 1);
});

test("monitoring and the integration report: the office's pages, the published report in German and Arabic", async () => {
  const office = await e2e().newPage();
  await signIn(office);
  await visit(office, `${ADMIN}/monitoring`);
  assert.ok((await office.locator(".light").count()) >= 8, "a light per indicator");
  await office.getByRole("link", { name: /Betreuungsquote/ }).click();
  await office.waitForLoadState("load");
  await expectAccessible(office, "indicator");
  // Compare with another municipality by keyboard: tab to the checkbox, space, submit.
  await office.locator("input[name=vergleich]").first().focus();
  await office.keyboard.press("Space");
  await Promise.all([office.waitForURL(/vergleich=/), office.locator("form.search-form button[type=submit]").click()]);
  await expectAccessible(office, "indicator compared");
  assert.equal(await office.locator("table.chart-table thead th").count(), 4, "year, the city, the Land, the other municipality");
  // A target with a bad value: the message at the field, the input kept.
  await office.locator("#f-targetValue").fill("viel");
  await office.locator("#f-targetYear").fill("2030");
  await submit(office, "form[action$='/ziel'] button[type=submit]");
  await expectAccessible(office, "target with an error");
  assert.equal(await office.locator("#f-targetValue").inputValue(), "viel");
  await visit(office, `${ADMIN}/monitoring/import`);
  await visit(office, `${ADMIN}/berichte`);
  await office.locator("table.data a").first().click();
  await office.waitForLoadState("load");
  await expectAccessible(office, "report editing");
  await office.getByRole("link", { name: translate("de", "strategy.report.preview"), exact: true }).click();
  await office.waitForLoadState("load");
  await expectAccessible(office, "report preview");

  const year = new Date().getFullYear() - 1;
  for (const [lang, dir] of [["de", "ltr"], ["ar", "rtl"]] as const) {
    const page = await e2e().newPage();
    await visit(page, `/${TENANT}/${lang}/integrationsbericht/${year}`);
    assert.deepEqual(await htmlLangDir(page), { lang, dir });
    assert.ok((await page.locator("article.report svg[role=img]").count()) >= 8, "charts inline, with their role and title");
    // The contents link to the sections.
    await page.locator("nav[aria-labelledby=report-contents] a").first().click();
    assert.match(page.url(), /#zusammenfassung$/);
    const pdf = await page.request.get(`/${TENANT}/${lang}/integrationsbericht/${year}.pdf`);
    assert.equal(pdf.status(), 200);
    assert.equal(pdf.headers()["content-type"], "application/pdf");
  }
});
