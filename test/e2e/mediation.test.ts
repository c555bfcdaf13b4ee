/**
 * The Sprachmittlung in a real browser, from request to statement, with axe on
 * every page: a Kita requests (German; first with a mistake), the office
 * decides and offers, the mediator accepts in the portal (Arabic, right to
 * left) and records the hours of an earlier job, the office confirms them and
 * opens the mediator's monthly statement.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import type { Page } from "playwright-core";
import { translate } from "../../src/core/i18n.ts";
import { expectAccessible, htmlLangDir, signIn, useE2E } from "./browser.ts";

const e2e = useE2E();
const TENANT = "wilhelmshaven";
const de = (key: string, values?: Record<string, string | number>) => translate("de", key, values);
const ar = (key: string, values?: Record<string, string | number>) => translate("ar", key, values);

let kita: Page;
let office: Page;
let mediator: Page;
let requestUrl = "";
let reference = "";

async function loads(page: Page, action: () => Promise<unknown>): Promise<void> {
  await Promise.all([page.waitForEvent("load"), action()]);
}

/** A Wednesday beyond the demo data's fortnight, as YYYY-MM-DD (Rana Haddad works Monday to Thursday). */
function nextWednesday(): string {
  const d = new Date(Date.now() + 15 * 86_400_000);
  while (d.getUTCDay() !== 3) d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

test("a Kita requests a mediator: a mistake is shown at its field, the corrected request gets a reference", async () => {
  kita = await e2e().newPage();
  await signIn(kita, "kita@wilhelmshaven.teilhabe.example");
  assert.equal(new URL(kita.url()).pathname, `/portal/${TENANT}/sprachmittlung`);
  await expectAccessible(kita, "requester portal");
  await loads(kita, () => kita.locator("main").getByRole("link", { name: de("mediation.portal.newRequest") }).click());
  await expectAccessible(kita, "request form");

  await kita.locator("#f-language").selectOption("ar");
  await kita.locator("#f-dialect").fill("Levantinisch");
  await kita.locator("#f-time0").fill("10:00");
  await kita.locator("#f-contactName").fill("Frau Erzieherin (Gruppe Igel)");
  await loads(kita, () => kita.getByRole("button", { name: de("mediation.portal.submit") }).click());
  assert.match((await kita.locator(".error-summary").textContent()) ?? "", new RegExp(de("validation.required")));
  assert.match((await kita.locator(".error-summary").textContent()) ?? "", /Einverständnis/);
  assert.equal(await kita.locator("#f-contactName").inputValue(), "Frau Erzieherin (Gruppe Igel)", "input kept");
  await expectAccessible(kita, "request form with errors");

  await kita.locator("#f-date0").fill(nextWednesday());
  await kita.locator("#f-clientConsent-on").check();
  await loads(kita, () => kita.getByRole("button", { name: de("mediation.portal.submit") }).click());
  assert.match(new URL(kita.url()).pathname, /^\/portal\/wilhelmshaven\/sprachmittlung\/[0-9a-f-]{36}$/);
  reference = /SM-\d{4}-\d{4}/.exec((await kita.locator("h1").textContent()) ?? "")![0];
  requestUrl = `/admin/${TENANT}/sprachmittlung/requests/${new URL(kita.url()).pathname.split("/").pop()}`;
  await expectAccessible(kita, "request page");
});

test("the office sees the assessment, approves and offers the job to the suggested mediator", async () => {
  office = await e2e().newPage();
  await signIn(office);
  await office.goto(requestUrl);
  await expectAccessible(office, "request in the back office");
  assert.match((await office.locator("main").textContent()) ?? "", new RegExp(de("mediation.outcome.eligible")));
  await office.locator("#decision-approve").check();
  await loads(office, () => office.getByRole("button", { name: de("mediation.admin.saveDecision") }).click());
  await expectAccessible(office, "approved request with suggestions");
  const rana = office.getByLabel(/Rana Haddad/);
  await rana.check();
  await loads(office, () => office.getByRole("button", { name: de("mediation.admin.sendOffers") }).click());
  assert.match((await office.locator("main").textContent()) ?? "", new RegExp(de("mediation.offerStatus.open")));
});

test("the mediator, in Arabic, sees an offer apart from her jobs, accepts it, and records the hours of an earlier job", async () => {
  mediator = await e2e().newPage({ locale: "ar" });
  await signIn(mediator, "sprachmittlung-ar@wilhelmshaven.teilhabe.example");
  await mediator.goto(`/portal/${TENANT}/einsaetze?lang=ar`);
  assert.deepEqual(await htmlLangDir(mediator), { lang: "ar", dir: "rtl" });
  await expectAccessible(mediator, "mediator portal (ar)");
  const offer = mediator.locator("article.offer-card").filter({ hasText: reference });
  assert.equal(await offer.count(), 1);
  await loads(mediator, () => offer.getByRole("button", { name: ar("mediation.portal.accept") }).click());
  assert.equal(await mediator.locator("article.offer-card").filter({ hasText: reference }).count(), 0, "no longer an offer");
  assert.equal(await mediator.locator("article.job-card").filter({ hasText: reference }).count(), 1, "now a confirmed job");
  assert.match((await mediator.locator("article.job-card").filter({ hasText: reference }).textContent()) ?? "", /Frau Erzieherin/);
  await expectAccessible(mediator, "mediator portal after accepting (ar)");

  const toReport = mediator.locator("section[aria-labelledby=report-title] article").first();
  const earlier = /SM-\d{4}-\d{4}/.exec((await toReport.locator("h3").textContent()) ?? "")![0];
  await toReport.locator("input[name=actualMinutes]").fill("75");
  await toReport.locator("input[name=travelKm]").fill("6,5");
  await loads(mediator, () => toReport.getByRole("button", { name: ar("mediation.portal.reportHours") }).click());
  assert.equal(await mediator.locator("section[aria-labelledby=report-title] article").filter({ hasText: earlier }).count(), 0);
  await expectAccessible(mediator, "mediator portal after reporting hours (ar)");

  // The office confirms the hours of that earlier job.
  await office.goto(`/admin/${TENANT}/sprachmittlung?status=confirmed`);
  await loads(office, () => office.getByRole("link", { name: earlier }).click());
  assert.match((await office.locator("main").textContent()) ?? "", /75/);
  await loads(office, () => office.getByRole("button", { name: de("mediation.admin.confirmHours") }).click());
  assert.match((await office.locator("h1").textContent()) ?? "", new RegExp(de("mediation.status.completed")));
  await expectAccessible(office, "completed request");
});

test("the Kita sees the confirmation with the mediator's name", async () => {
  await kita.reload();
  assert.match((await kita.locator("main").textContent()) ?? "", /Rana Haddad/);
  assert.match((await kita.locator("h1").textContent()) ?? "", new RegExp(de("mediation.status.confirmed")));
  await expectAccessible(kita, "confirmed request");
});

test("the office finds the confirmed job in the month's cost allocation and opens the mediator's statement as PDF", async () => {
  const berlinMonth = (offsetDays: number) => new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Berlin", year: "numeric", month: "2-digit" }).format(new Date(Date.now() + offsetDays * 86_400_000));
  // The job whose hours were confirmed lies in the past fortnight: this month or the one before.
  let month = "";
  for (const candidate of [berlinMonth(0), berlinMonth(-15)]) {
    await office.goto(`/admin/${TENANT}/sprachmittlung/statements?month=${candidate}`);
    const deployments = await office.locator("table.data tbody tr td:nth-child(3)").allTextContents();
    if (deployments.some((d) => Number(d) > 0)) {
      month = candidate;
      break;
    }
  }
  assert.ok(month, "a month with a completed deployment");
  await expectAccessible(office, "statements page");
  const link = office.locator("main a").filter({ hasText: "Rana Haddad" });
  const href = (await link.getAttribute("href"))!;
  const pdf = await office.request.get(href);
  assert.equal(pdf.status(), 200);
  assert.equal(pdf.headers()["content-type"], "application/pdf");
  assert.equal((await pdf.body()).subarray(0, 4).toString(), "%PDF");
});

test("the office's request list filters by keyboard and passes axe, in German and in Arabic", async () => {
  await office.goto(`/admin/${TENANT}/sprachmittlung`);
  await expectAccessible(office, "request list");
  const total = await office.locator("main table.data tbody tr").count();
  // The demo's Kita Sonnenschein by part of its name, typed and sent with Enter.
  await office.getByLabel(de("mediation.admin.filterText")).fill("sonnen");
  await loads(office, () => office.keyboard.press("Enter"));
  assert.match(office.url(), /q=sonnen/);
  const requesters = await office.locator("main table.data tbody tr td:nth-child(4)").allTextContents();
  assert.ok(requesters.length > 0 && requesters.length < total && requesters.every((r) => /Sonnenschein/.test(r)), requesters.join(", "));
  await office.goto(`/admin/${TENANT}/sprachmittlung?lang=ar`);
  assert.deepEqual(await htmlLangDir(office), { lang: "ar", dir: "rtl" });
  await expectAccessible(office, "request list (ar)");
});

test("the request form in Arabic and the reports page pass axe as well", async () => {
  await kita.goto(`/portal/${TENANT}/sprachmittlung/new?lang=ar`);
  assert.deepEqual(await htmlLangDir(kita), { lang: "ar", dir: "rtl" });
  assert.equal((await kita.locator("h1").textContent())?.trim(), ar("mediation.portal.newRequest"));
  await expectAccessible(kita, "request form (ar)");
  // Right to left, a fieldset's legend starts at the right edge (KERN floats it left; app.css mirrors it).
  const fieldset = kita.locator("fieldset.kern-fieldset").first();
  const [box, legend] = [await fieldset.boundingBox(), await fieldset.locator("legend").boundingBox()];
  assert.ok(box && legend && Math.abs(box.x + box.width - (legend.x + legend.width)) < 2, `legend at ${legend?.x}+${legend?.width}, fieldset at ${box?.x}+${box?.width}`);
  await office.goto(`/admin/${TENANT}/sprachmittlung/reports`);
  await expectAccessible(office, "reports page");
  await office.goto(`/admin/${TENANT}/sprachmittlung/settings`);
  await expectAccessible(office, "criteria and rates");
  await office.goto(`/admin/${TENANT}/sprachmittlung/mediators`);
  await loads(office, () => office.locator("main table a").first().click());
  await expectAccessible(office, "mediator form");
});
