/**
 * The plan-watch island in Chromium, on a page served by the test itself
 * (Playwright's routing, a made-up host) and with the browser's clock under
 * the test's control: while the plan's API says 'running' the paragraph stays
 * as it is; once it says otherwise, the paragraph says planning has finished
 * and links the result, and nothing is asked any more. Signed out (401), it
 * leaves the page alone and stops asking.
 */
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import path from "node:path";
import * as esbuild from "esbuild";
import type { Browser, Page } from "playwright-core";
import { translate } from "../../src/core/i18n.ts";
import { expectAccessible, launchBrowser } from "./browser.ts";

const ORIGIN = "http://teilhabe.test";
let browser: Browser;
let island: string;

before(async () => {
  const built = await esbuild.build({ entryPoints: [path.resolve("src/web/islands/plan-watch.ts")], bundle: true, write: false, format: "iife", target: "es2020" });
  island = built.outputFiles[0]!.text;
  browser = await launchBrowser();
});
after(() => browser?.close());

/** The plan page's paragraph as the view renders it while the planning goes on, with the island. */
function pageHtml(until: Date): string {
  const t = (key: string) => translate("de", key);
  return `<!doctype html><html lang="de"><head><title>Woche planen</title></head><body><main>
    <h1>Woche planen</h1>
    <p role="status" data-plan-watch="/api/plan?week=2026-12-07" data-until="${until.toISOString()}" data-settled="${t("mediation.admin.planSettled")}"
       data-show="${t("mediation.admin.planShowResult")}" data-href="/plan?week=2026-12-07">Die Planung sucht weiter. <a href="/plan?week=2026-12-07">${t("mediation.admin.refresh")}</a></p>
    <script>${island}</script></main></body></html>`;
}

/** A page whose plan API answers with the given statuses in turn (the last one from then on); counts the calls. */
async function open(answers: { status: number; body: unknown }[]): Promise<{ page: Page; calls: () => number }> {
  const page = await browser.newPage();
  await page.clock.install();
  let calls = 0;
  await page.route(`${ORIGIN}/**`, async (route) => {
    const url = new URL(route.request().url());
    if (url.pathname === "/api/plan") {
      const answer = answers[Math.min(calls, answers.length - 1)]!;
      calls++;
      return route.fulfill({ status: answer.status, contentType: "application/json", body: JSON.stringify(answer.body) });
    }
    return route.fulfill({ status: 200, contentType: "text/html; charset=utf-8", body: pageHtml(new Date(Date.now() + 120_000)) });
  });
  await page.goto(`${ORIGIN}/plan?week=2026-12-07`);
  return { page, calls: () => calls };
}

const running = { status: 200, body: { week: "2026-12-07", run: { status: "running" } } };
const done = { status: 200, body: { week: "2026-12-07", run: { status: "done" } } };

test("while the run is 'running' the paragraph stays; when it is done, it says so with a link to the result, and asking stops", async () => {
  const { page, calls } = await open([running, running, done]);
  const status = page.getByRole("status");
  await page.clock.runFor(4_100);
  await expect(() => calls() === 1);
  await page.clock.runFor(4_100);
  await expect(() => calls() === 2);
  assert.match((await status.textContent()) ?? "", /Die Planung sucht weiter/);
  await page.clock.runFor(4_100);
  await page.getByText(translate("de", "mediation.admin.planSettled")).waitFor();
  const link = status.getByRole("link", { name: translate("de", "mediation.admin.planShowResult") });
  assert.equal(await link.getAttribute("href"), "/plan?week=2026-12-07");
  await expectAccessible(page, "plan settled");
  await idle(page, 5);
  assert.equal(calls(), 3, "no more asking once done");
  await page.close();
});

test("signed out (401) the paragraph and its refresh link stay, and asking stops", async () => {
  const { page, calls } = await open([{ status: 401, body: { error: "unauthorized" } }]);
  await page.clock.runFor(4_100);
  await expect(() => calls() === 1);
  await idle(page, 5);
  assert.equal(calls(), 1);
  assert.equal(await page.getByRole("link", { name: translate("de", "mediation.admin.refresh") }).count(), 1);
  await page.close();
});

/** Lets `rounds` polling intervals pass, each followed by a moment of real time for a request it would send. */
async function idle(page: Page, rounds: number): Promise<void> {
  for (let k = 0; k < rounds; k++) {
    await page.clock.runFor(4_100);
    await new Promise((r) => setTimeout(r, 150));
  }
}

/** Waits (real time, up to 5 s) until the condition holds: the routed answers arrive asynchronously. */
async function expect(condition: () => boolean): Promise<void> {
  const giveUp = Date.now() + 5_000;
  while (!condition()) {
    if (Date.now() > giveUp) throw new Error(`not reached: ${condition.toString()}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
