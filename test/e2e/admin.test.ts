/**
 * The back office in a real browser: sign-in through the form, the Wegweiser
 * list, the edit form (errors shown with summary and field messages, input
 * kept, nothing saved; then a successful save visible on the public page),
 * keyboard operation of the whole form – and axe-core on every page.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import type { Page } from "playwright-core";
import { translate } from "../../src/core/i18n.ts";
import { expectAccessible, focused, signIn, useE2E } from "./browser.ts";

const e2e = useE2E();
const TENANT = "wilhelmshaven";
const ENTRY_NAME = /^Sprachmittlung \(/;
const t = (key: string, values?: Record<string, string | number>) => translate("de", key, values);

let page: Page;
let editUrl = "";
let oldName = "";
let slug = "";

/** Waits for the page load that `action` starts (a form post answered with a page or a redirect). */
async function loads(action: () => Promise<unknown>): Promise<void> {
  await Promise.all([page.waitForEvent("load"), action()]);
}

const saveButton = () => page.locator("main form.stack button[type=submit]");

/** Every non-empty value of the edit form (without the CSRF token), as "name=value" lines in document order. */
async function formValues(): Promise<string[]> {
  return page.locator("main form.stack").evaluate((form) =>
    [...new FormData(form as HTMLFormElement).entries()].filter(([k, v]) => k !== "_csrf" && String(v) !== "").map(([k, v]) => `${k}=${String(v)}`),
  );
}

test("sign in through the form", async () => {
  page = await e2e().newPage(); // one signed-in page for the whole file: the tests build on each other
  await page.goto("/login");
  await expectAccessible(page, "sign-in form");
  await signIn(page);
  assert.equal(new URL(page.url()).pathname, `/admin/${TENANT}`);
  await expectAccessible(page, "back-office home");
  assert.match((await page.locator("footer").textContent()) ?? "", new RegExp(t("auth.signOut")));
});

test("the Wegweiser list", async () => {
  await Promise.all([page.waitForURL(`**/admin/${TENANT}/wegweiser`), page.locator("nav.site-nav").getByRole("link", { name: t("nav.directory"), exact: true }).click()]);
  await expectAccessible(page, "entry list");
  assert.equal((await page.locator("h1").textContent())?.trim(), t("admin.directory.title"));
  assert.ok((await page.locator("table.data tbody tr").count()) >= 5, "entries listed");

  const link = page.locator("table.data tbody a").filter({ hasText: ENTRY_NAME });
  oldName = ((await link.textContent()) ?? "").trim();
  await Promise.all([page.waitForURL(/\/wegweiser\/[0-9a-f-]{36}$/), link.click()]);
  editUrl = page.url();
  await expectAccessible(page, "edit form");
  assert.equal(await page.locator("#f-name").inputValue(), oldName);
  slug = await page.locator("#f-slug").inputValue();
  assert.ok(slug, "the entry has a slug");
});

test("invalid input: error summary, messages at the fields, input kept, nothing saved", async () => {
  assert.ok(editUrl, "needs the edit form from the previous test");
  await page.goto(editUrl);
  const before = await formValues();
  assert.ok(before.some((l) => l.startsWith("organisation=")), "the form holds the entry's values");

  await page.locator("#f-name").fill("");
  await page.locator("#f-postcode").fill("2638");
  // Sunday's third time slot: a start without an end is not a valid time span.
  await page.locator("#f-h7_2_opens").fill("10:00");
  await loads(() => saveButton().click());

  // The summary: announced, focusable, one link per problem, each to its field.
  const summary = page.locator("#error-summary");
  assert.ok(await summary.isVisible(), "error summary shown");
  assert.equal(await summary.getAttribute("role"), "alert");
  assert.equal(await summary.getAttribute("tabindex"), "-1");
  await summary.focus();
  assert.equal(await focused(page), "div#error-summary");
  assert.equal((await page.locator("#error-summary-title").textContent())?.trim(), t("form.errorSummary", { count: 3 }));
  const links = await summary.locator("a").evaluateAll((as) => as.map((a) => ({ href: a.getAttribute("href"), text: a.textContent?.trim() })));
  assert.deepEqual(links, [
    { href: "#f-name", text: t("validation.required") },
    { href: "#f-postcode", text: t("validation.postcode") },
    { href: "#f-h7_2_closes", text: t("validation.time") },
  ]);
  for (const l of links) assert.equal(await page.locator(l.href!).count(), 1, `${l.href} exists`);
  // Following a link puts the cursor into the field.
  await page.locator('#error-summary a[href="#f-postcode"]').click();
  assert.equal(await focused(page), "input#f-postcode");

  // The messages next to the fields, tied to them for screen readers.
  for (const [id, key] of [["f-name", "validation.required"], ["f-postcode", "validation.postcode"]] as const) {
    const field = page.locator(`#${id}`);
    assert.equal(await field.getAttribute("aria-invalid"), "true", `${id} aria-invalid`);
    assert.ok((await field.getAttribute("aria-describedby"))?.split(" ").includes(`${id}-error`), `${id} described by its error`);
    assert.match((await page.locator(`#${id}-error`).textContent()) ?? "", new RegExp(t(key).replace(/[.?*+()]/g, "\\$&")));
  }
  assert.equal(await page.locator("#f-h7_2_closes").getAttribute("aria-invalid"), "true");
  assert.equal(await page.locator("#f-h7_2_closes").getAttribute("aria-describedby"), "h7_2-error");
  assert.equal((await page.locator("#h7_2-error").textContent())?.trim(), t("validation.time"));

  // Input kept: the wrong values as typed, everything else as it was.
  const expected = before
    .filter((l) => !l.startsWith("name=") && !l.startsWith("postcode="))
    .concat("postcode=2638", "h7_2_opens=10:00")
    .sort();
  assert.deepEqual((await formValues()).sort(), expected);
  assert.equal(await page.locator("#f-name").inputValue(), "");

  await expectAccessible(page, "edit form with errors");

  // Nothing saved.
  await page.goto(editUrl);
  assert.equal(await page.locator("#f-name").inputValue(), oldName);
  assert.notEqual(await page.locator("#f-postcode").inputValue(), "2638");
  assert.equal(await page.locator("#f-h7_2_opens").inputValue(), "");
});

test("corrected input is saved: notice, and the public page shows the new name", async () => {
  assert.ok(editUrl, "needs the edit form from the previous test");
  const newName = `${oldName} – geändert im Browsertest`;
  await page.goto(editUrl);
  await page.locator("#f-name").fill("");
  await page.locator("#f-postcode").fill("2638");
  await loads(() => saveButton().click());
  assert.ok(await page.locator("#error-summary").isVisible());

  await page.locator("#f-name").fill(newName);
  await page.locator("#f-postcode").fill("26382");
  await loads(() => saveButton().click());
  assert.equal(page.url(), editUrl, "back on the edit page after saving");
  const notice = page.locator("main .notice--success");
  assert.equal((await notice.textContent())?.trim(), t("admin.saved"));
  assert.equal(await notice.getAttribute("role"), "status");
  assert.equal(await page.locator("#error-summary").count(), 0);
  assert.equal(await page.locator("#f-name").inputValue(), newName);
  assert.equal(await page.locator("#f-postcode").inputValue(), "26382");
  await expectAccessible(page, "edit form after saving");

  await Promise.all([page.waitForURL(`**/${TENANT}/de/wegweiser/${slug}`), page.getByRole("link", { name: t("admin.directory.viewPublic") }).click()]);
  assert.equal((await page.locator("h1").textContent())?.trim(), newName);
  assert.match((await page.locator("main").textContent()) ?? "", /26382/);
  await expectAccessible(page, "public page after saving");
});

test("the whole edit form is operable with the keyboard", async () => {
  assert.ok(editUrl, "needs the edit form from the previous test");
  await page.goto(editUrl);
  // (No named functions inside evaluate: tsx would wrap them in a helper the page does not have.)
  const controls = await page.locator("main form.stack").evaluate((form) =>
    [...form.querySelectorAll("input, select, textarea, button")]
      .filter((el) => (el as HTMLInputElement).type !== "hidden" && !(el as HTMLInputElement).disabled)
      .map((el) => `${el.tagName.toLowerCase()}[name=${el.getAttribute("name")}]${el.getAttribute("type") === "checkbox" ? `[value=${el.getAttribute("value")}]` : ""}`),
  );
  assert.ok(controls.length > 50, `the form has many controls (${controls.length})`);

  // Tab from the top of the page until the save button has focus; note every control on the way.
  await page.locator("body").evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const reached: string[] = [];
  let onSave = false;
  for (let i = 0; i < 1000 && !onSave; i++) {
    await page.keyboard.press("Tab");
    const now = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el || !el.closest("main form.stack")) return { key: el?.tagName.toLowerCase() ?? "none", save: false };
      const key = `${el.tagName.toLowerCase()}[name=${el.getAttribute("name")}]${el.getAttribute("type") === "checkbox" ? `[value=${el.getAttribute("value")}]` : ""}`;
      return { key, save: el.tagName === "BUTTON" && el.getAttribute("type") === "submit" };
    });
    if (reached.at(-1) !== now.key) reached.push(now.key); // time and date fields take several Tabs (hour, minute, …)
    onSave = now.save;
  }
  assert.ok(onSave, `Tab never reached the save button; last: ${reached.slice(-5).join(", ")}`);
  const inForm = reached.filter((k) => controls.includes(k));
  assert.deepEqual(inForm, controls, "every control is reached by Tab, once, in document order");

  // The focused save button submits with the keyboard.
  assert.equal(await page.evaluate(() => document.activeElement?.textContent?.trim()), t("admin.save"));
  await loads(() => page.keyboard.press("Enter"));
  assert.equal(page.url(), editUrl);
  assert.equal((await page.locator("main .notice--success").textContent())?.trim(), t("admin.saved"));
});

test("translation overview and audit log", async () => {
  await Promise.all([page.waitForURL(`**/admin/${TENANT}/wegweiser/translations`), page.locator("nav.site-nav").getByRole("link", { name: t("nav.translations") }).click()]);
  await expectAccessible(page, "translation overview");
  assert.equal((await page.locator("h1").textContent())?.trim(), t("admin.translations.title"));
  assert.ok((await page.locator("table.data tbody tr").count()) >= 5);

  await page.locator('nav a[lang="ar"]').click();
  await page.waitForURL(/for=ar/);
  await expectAccessible(page, "translation overview (ar)");

  await Promise.all([page.waitForURL(`**/admin/${TENANT}/audit`), page.locator("nav.site-nav").getByRole("link", { name: t("nav.audit") }).click()]);
  await expectAccessible(page, "audit log");
  assert.equal((await page.locator("h1").textContent())?.trim(), t("audit.title"));
  // Our saves are logged, newest first.
  assert.match((await page.locator("table.data tbody tr").first().textContent()) ?? "", /update/);
});

test("team, settings, a form with errors in Arabic, the platform page and password reset pass axe", async () => {
  await page.goto(`/admin/${TENANT}/team`);
  await expectAccessible(page, "team");
  assert.ok((await page.locator("table.data tbody tr").count()) >= 2, "the demo team is listed");
  await page.goto(`/admin/${TENANT}/settings`);
  await expectAccessible(page, "settings");
  // The team form with errors, right to left.
  await page.goto(`/admin/${TENANT}/team?lang=ar`);
  await loads(() => page.locator("main form.stack button[type=submit]").click());
  assert.equal(await page.locator("html").getAttribute("dir"), "rtl");
  assert.ok(await page.locator("#error-summary").isVisible(), "error summary shown");
  await expectAccessible(page, "team form with errors (ar)");
  await page.goto(`/admin/${TENANT}?lang=de`);

  const platform = await e2e().newPage();
  await signIn(platform, "admin@teilhabe.example");
  await platform.goto("/platform/tenants");
  await expectAccessible(platform, "platform: tenants");
  assert.ok((await platform.locator("table.data tbody tr").count()) >= 5, "the demo tenants are listed");
  await platform.close();

  const visitor = await e2e().newPage();
  await visitor.goto("/login/reset?lang=fa");
  await expectAccessible(visitor, "password reset request (fa)");
  await visitor.close();
});
