/**
 * The events in a real browser, on the demo data: the calendar with its
 * filters, an event page, public registration by keyboard in German and in
 * Farsi (right to left) with a validation error first, the cancellation
 * link, and the office's pages – axe-core on every page visited.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import type { Page } from "playwright-core";
import { translate, type Locale } from "../../src/core/i18n.ts";
import { expectAccessible, htmlLangDir, signIn, useE2E } from "./browser.ts";

const e2e = useE2E();
const TENANT = "wilhelmshaven";
const DIALOGUE = "dialogveranstaltung-weltoffene-kommune";
const WORKSHOP = "selbstcheck-workshop-weltoffene-kommune";

async function visit(page: Page, url: string, status = 200): Promise<void> {
  const res = await page.goto(url);
  assert.ok(res, `no response for ${url}`);
  assert.equal(res.status(), status, `${url}: HTTP ${res.status()}`);
  await expectAccessible(page, url);
}

for (const [lang, dir] of [
  ["de", "ltr"],
  ["fa", "rtl"],
] as const satisfies readonly [Locale, string][]) {
  test(`calendar, event page and registration by keyboard in ${lang} (${dir})`, async () => {
    const page = await e2e().newPage();
    await visit(page, `/${TENANT}/${lang}/veranstaltungen`);
    assert.deepEqual(await htmlLangDir(page), { lang, dir });
    assert.ok((await page.locator("ol.event-list > li").count()) >= 3, "the demo has coming events");
    // Filter by category with the form.
    await page.locator("#category").selectOption("dialogue");
    await Promise.all([page.waitForURL(/category=dialogue/), page.locator("form[role=search] button[type=submit]").click()]);
    await expectAccessible(page, "filtered");
    const cards = await page.locator("ol.event-list > li").count();
    assert.ok(cards >= 1);

    await visit(page, `/${TENANT}/${lang}/veranstaltungen/${WORKSHOP}`);
    assert.deepEqual(await htmlLangDir(page), { lang, dir });
    // Submit without consent, by keyboard from the name field.
    await page.locator("#f-name").focus();
    await page.keyboard.type(lang === "fa" ? "زهرا" : "Leyla Demir");
    await page.keyboard.press("Tab");
    await page.keyboard.type(`${lang}.visitor@example.org`);
    await Promise.all([page.waitForLoadState("load"), page.locator("#f-email").press("Enter")]);
    await expectAccessible(page, "registration with an error");
    assert.equal(await page.locator("#error-summary").count(), 1);
    assert.match((await page.locator("#error-summary").textContent()) ?? "", new RegExp(translate(lang, "events.validation.consent").slice(0, 12)));
    assert.equal(await page.locator("#f-email").inputValue(), `${lang}.visitor@example.org`);
    // The summary's link moves focus to the field.
    await page.locator("#error-summary a").first().click();
    await page.locator("#f-consent-on").check();
    await Promise.all([page.waitForLoadState("load"), page.locator("form[action$='/anmelden'] button[type=submit]").click()]);
    await expectAccessible(page, "registered");
    assert.equal((await page.locator("h1").textContent())?.trim(), translate(lang, "events.register.confirmedTitle"));
  });
}

test("interest sign-up in Farsi with a voluntary self-description; the office sees only counts, small ones not exactly", async () => {
  const page = await e2e().newPage();
  await visit(page, `/${TENANT}/fa/veranstaltungen/${DIALOGUE}`);
  await page.locator("#f-name").fill("مریم");
  await page.locator("#f-email").fill("maryam@example.org");
  await page.locator("#f-gender").selectOption("female");
  await page.locator("#f-background").selectOption("own");
  // Her languages ticked by their names (Persian, Dari), as a newcomer finds them.
  await page.getByRole("checkbox", { name: "فارسی", exact: true }).check();
  await page.getByRole("checkbox", { name: "دری", exact: true }).check();
  await expectAccessible(page, "interest form with languages ticked");
  await page.locator("#f-consent-on").check();
  await Promise.all([page.waitForLoadState("load"), page.locator("form[action$='/interesse'] button[type=submit]").click()]);
  await expectAccessible(page, "interest sent");
  assert.equal((await page.locator("h1").textContent())?.trim(), translate("fa", "events.interest.doneTitle"));

  await signIn(page);
  await visit(page, `/admin/${TENANT}/veranstaltungen`);
  await page.getByRole("link", { name: /Dialogveranstaltung/ }).first().click();
  await page.waitForLoadState("load");
  await expectAccessible(page, "interest in the back office");
  const main = (await page.locator("main").textContent()) ?? "";
  assert.match(main, /مریم/);
  // Five people in all (four from the demo and Maryam), four of them women: fewer than five, so not shown exactly.
  assert.match(main, new RegExp(translate("de", "events.admin.inclusionLead", { count: 5, min: 5 }).slice(0, 30)));
  const female = (await page.locator("tr", { hasText: translate("de", "events.self.gender.female") }).first().textContent()) ?? "";
  assert.match(female, new RegExp(translate("de", "events.admin.fewer", { min: 5 })));
  assert.match(main, new RegExp(translate("de", "events.admin.fewer", { min: 5 })));
});

test("the office sees the registrations and the forms of an event, all accessible", async () => {
  const page = await e2e().newPage();
  await signIn(page);
  await visit(page, `/admin/${TENANT}/veranstaltungen`);
  await page.getByRole("link", { name: /Dialogveranstaltung/ }).first().click();
  await page.waitForLoadState("load");
  await expectAccessible(page, "event in the back office");
  assert.match((await page.locator("main").textContent()) ?? "", /Amina K\./);
  await page.getByRole("link", { name: translate("de", "events.admin.edit") }).first().click();
  await page.waitForLoadState("load");
  await expectAccessible(page, "event form");
  assert.equal(await page.locator("#f-title").inputValue(), "Dialogveranstaltung „Weltoffene Kommune“");
  await visit(page, `/admin/${TENANT}/veranstaltungen/neu`);
  await visit(page, `/admin/${TENANT}/veranstaltungen/programme`);
});

test("a partner proposes an event: the island solves the spam challenge in the browser, the proposal waits for review", async () => {
  const page = await e2e().newPage();
  await visit(page, `/${TENANT}/de/veranstaltungen/vorschlagen`);
  await page.locator("#f-title").fill("Nähcafé International");
  await page.locator("#f-startDate").fill(new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10));
  await page.locator("#f-startTime").fill("15:00");
  await page.locator("#f-endTime").fill("17:00");
  await page.locator("#f-city").fill("Wilhelmshaven");
  await page.locator("#f-organiser").fill("Nähcafé-Initiative (Beispiel)");
  await page.locator("#f-contactEmail").fill("naehcafe@example.org");
  await page.locator("#f-consent-on").check();
  // The URL stays the same (the form posts to itself, after the island has solved the challenge): wait for the POST's answer.
  const answered = page.waitForResponse((r) => r.request().method() === "POST" && new URL(r.url()).pathname.endsWith("/vorschlagen"), { timeout: 60_000 });
  await page.locator("form[data-altcha] button[type=submit]").click();
  assert.equal((await answered).status(), 200, "the proposal is accepted");
  // The answer has arrived, but the browser may still show the form until it commits the new document:
  // wait for the new page's heading, else axe runs on a page that is going away.
  await page.locator("h1", { hasText: translate("de", "events.submit.doneTitle") }).waitFor({ timeout: 30_000 });
  await page.waitForLoadState("load");
  await expectAccessible(page, "proposal sent");
  assert.equal((await page.locator("h1").textContent())?.trim(), translate("de", "events.submit.doneTitle"));
  // The office finds it first in its list, marked as a proposal solved in the browser.
  await signIn(page);
  await visit(page, `/admin/${TENANT}/veranstaltungen?status=review`);
  await page.getByRole("link", { name: "Nähcafé International" }).click();
  await page.waitForLoadState("load");
  await expectAccessible(page, "proposal in the back office");
  const facts = (await page.locator(".facts").textContent()) ?? "";
  assert.match(facts, /Vorgeschlagen am/);
  assert.doesNotMatch(facts, /ohne Prüfaufgabe/);
});

test("the programme page in Arabic and the proposal form in Farsi, right to left, pass axe", async () => {
  const page = await e2e().newPage();
  // The demo's Interkulturelle Woche is the coming one (it ends on 24 November).
  const today = new Date().toISOString().slice(0, 10);
  const year = Number(today.slice(0, 4)) + (today < `${today.slice(0, 4)}-11-24` ? 0 : 1);
  await visit(page, `/${TENANT}/ar/veranstaltungen/programm/interkulturelle-woche-${year}`);
  assert.ok((await page.locator("main ol li, main ul li").count()) >= 3, "the programme lists its events");
  assert.deepEqual(await htmlLangDir(page), { lang: "ar", dir: "rtl" });
  assert.ok((await page.locator("main a[href$='.pdf']").count()) >= 1, "the printable programme is linked");
  await visit(page, `/${TENANT}/fa/veranstaltungen/vorschlagen`);
  assert.deepEqual(await htmlLangDir(page), { lang: "fa", dir: "rtl" });
});

test("at the door: the office checks a registered person in by keyboard; calendar, figures, partners and translation pages pass axe", async () => {
  const page = await e2e().newPage();
  await signIn(page);
  await visit(page, `/admin/${TENANT}/veranstaltungen`);
  await page.getByRole("link", { name: /Selbstcheck-Workshop/ }).first().click();
  await page.waitForLoadState("load");
  await page.getByRole("link", { name: translate("de", "events.admin.checkIn") }).first().click();
  await page.waitForLoadState("load");
  await expectAccessible(page, "check-in");
  const before = (await page.locator("main .checkin-counts").textContent()) ?? "";
  const button = page.getByRole("button", { name: new RegExp(`^${translate("de", "events.admin.markPresent")}`) }).first();
  await button.focus();
  await Promise.all([page.waitForURL(/#r-[0-9a-f-]+$/, { waitUntil: "load" }), page.keyboard.press("Enter")]);
  await expectAccessible(page, "checked in");
  const after = (await page.locator("main .checkin-counts").textContent()) ?? "";
  assert.notEqual(after, before);
  assert.match(after, /^1 /);
  await visit(page, `/admin/${TENANT}/veranstaltungen/kalender`);
  assert.ok((await page.locator("table.month a").count()) >= 1, "this month has events");
  await visit(page, `/admin/${TENANT}/veranstaltungen/zahlen`);
  await visit(page, `/admin/${TENANT}/veranstaltungen/partner`);
  await page.goBack();
  await visit(page, `/admin/${TENANT}/veranstaltungen`);
  await page.getByRole("link", { name: /Selbstcheck-Workshop/ }).first().click();
  await page.waitForLoadState("load");
  await page.getByRole("link", { name: translate("de", "events.admin.translate") }).click();
  await page.waitForLoadState("load");
  await expectAccessible(page, "translation");
});

test("a partner organisation signs in to its portal, changes its proposal in review; the office publishes it and the partner sees it published", async () => {
  const partner = await e2e().newPage();
  await signIn(partner, "frauenverein@wilhelmshaven.teilhabe.example");
  assert.match(new URL(partner.url()).pathname, new RegExp(`^/portal/${TENANT}/veranstaltungen$`));
  await expectAccessible(partner, "partner portal");
  await partner.getByRole("link", { name: /Nähcafé für Frauen/ }).click();
  await partner.waitForLoadState("load");
  await expectAccessible(partner, "partner's event");
  assert.match((await partner.locator("main").textContent()) ?? "", new RegExp(translate("de", "events.status.review")));
  await partner.getByRole("link", { name: translate("de", "events.admin.edit") }).click();
  await partner.waitForLoadState("load");
  await expectAccessible(partner, "partner's form");
  assert.equal(await partner.locator("#f-organiser").count(), 0, "the organiser is the partner");
  await partner.locator("#f-cost").fill("kostenlos, Material wird gestellt");
  await Promise.all([partner.waitForURL(/\/veranstaltungen\/[0-9a-f-]{36}$/, { waitUntil: "load" }), partner.locator("main form[method=post] button[type=submit]").last().click()]);
  const eventUrl = partner.url();

  const office = await e2e().newPage();
  await signIn(office);
  await visit(office, `/admin/${TENANT}/veranstaltungen?status=review`);
  await office.getByRole("link", { name: /Nähcafé für Frauen/ }).click();
  await office.waitForLoadState("load");
  assert.match((await office.locator(".facts").textContent()) ?? "", /Frauenverein Wilhelmshaven/);
  await Promise.all([office.waitForLoadState("load"), office.getByRole("button", { name: translate("de", "events.admin.publish") }).click()]);
  await expectAccessible(office, "published");

  await visit(partner, eventUrl);
  assert.match((await partner.locator("main").textContent()) ?? "", new RegExp(translate("de", "events.portal.state.published").slice(0, 30)));
  await visit(partner, `/${TENANT}/de/veranstaltungen/naehcafe-fuer-frauen-beispiel`);
  assert.match((await partner.locator("main").textContent()) ?? "", /Material wird gestellt/);
});
