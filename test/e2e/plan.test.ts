/**
 * "Plan the week" cut short by its time limit (0 s here, so it always is), in
 * a real browser: the week is planned on the button and kept, the page shows
 * the plan, says it is not proven and what is proven so far, in German and in
 * Arabic (right to left), and passes axe; offers go out for the rows ticked.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { translate } from "../../src/core/i18n.ts";
import { expectAccessible, htmlLangDir, signIn, useE2E } from "./browser.ts";

const e2e = useE2E({ PLAN_TIME_LIMIT_SECONDS: "0" });

test("a week planned on the button is kept; cut short, it shows the bounds proven so far in German and in Arabic and passes axe; offers go out for the rows ticked", async () => {
  const page = await e2e().newPage();
  await signIn(page, "team@wilhelmshaven.teilhabe.example");
  for (const lang of ["de", "ar"] as const) {
    const t = (key: string) => translate(lang, key);
    // The demo data's approved requests lie in the coming fortnight: one of its weeks has some to plan.
    // German plans it; Arabic finds the plan kept.
    let found = false;
    for (const days of [0, 7, 14]) {
      const week = new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
      await page.goto(`/admin/wilhelmshaven/sprachmittlung/plan?week=${week}&lang=${lang}`);
      const planButton = page.getByRole("button", { name: t("mediation.admin.planWeek"), exact: true });
      if (lang === "de" && (await planButton.count()) > 0) {
        await page.getByText(t("mediation.admin.planNone")).waitFor();
        if (days === 0) await expectAccessible(page, "week not planned yet (de)");
        await planButton.focus();
        await Promise.all([page.waitForURL(/\/plan\?week=/), page.keyboard.press("Enter")]);
        await page.getByText(t("mediation.notice.planned")).waitFor();
      }
      if ((await page.locator("input[name=assignment]").count()) > 0) {
        found = true;
        break;
      }
    }
    assert.ok(found, "a week with requests to plan");
    assert.deepEqual(await htmlLangDir(page), { lang, dir: lang === "ar" ? "rtl" : "ltr" });
    const facts = page.locator("dl.facts");
    assert.equal((await facts.locator("dt", { hasText: t("mediation.admin.planOptimal") }).locator("+ dd").textContent())?.trim(), t("mediation.admin.no"));
    assert.match((await facts.locator("dt", { hasText: t("mediation.admin.planCoveredBound") }).locator("+ dd").textContent()) ?? "", /\d/);
    assert.match((await facts.locator("dt", { hasText: t("mediation.admin.planMaxLoadBound") }).locator("+ dd").textContent()) ?? "", /\d/);
    await page.getByText(t("mediation.admin.planNotProven")).waitFor();
    await expectAccessible(page, `plan cut short (${lang})`);
  }
  // Only the first row ticked: its offer goes out, the others stay open in the kept plan.
  const boxes = page.locator("input[name=assignment]");
  const before = await boxes.count();
  for (let k = 1; k < before; k++) await boxes.nth(k).uncheck();
  await Promise.all([page.waitForURL(/\/plan\?week=/), page.getByRole("button", { name: translate("ar", "mediation.admin.sendPlanOffers") }).click()]);
  await page.getByText(translate("ar", "mediation.notice.planOffered")).waitFor();
  assert.equal(await page.locator("input[name=assignment]").count(), before - 1);
  assert.equal(await page.locator("td .tag--offered").count(), 1);
});
