/**
 * Every public page lives under /:tenant/:lang (core/scopes.ts, publicPages):
 * in a language the platform does not have, or for a tenant that does not
 * exist, each one is "not found" — tried on every such route of every module.
 */
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { buildTenant, createTestApp, Client, type TestApp } from "./helpers.ts";

const SAMPLE_ID = "00000000-0000-4000-8000-000000000000";

describe("public pages", () => {
  let t: TestApp;
  let slug: string;
  let visitor: Client;

  before(async () => {
    t = await createTestApp();
    slug = (await buildTenant(t.db)).slug;
    visitor = new Client(t.app);
  });
  after(() => t.close());

  const publicRoutes = () => t.app.routeList.filter((r) => r.method === "GET" && r.url.startsWith("/:tenant/:lang"));
  const fill = (url: string, tenant: string, lang: string) =>
    url.replace(":tenant", tenant).replace(":lang", lang).replace(/:[a-zA-Z]+/g, (name) => (name === ":id" ? SAMPLE_ID : "x"));

  test("there are public pages of several modules to try", () => {
    const urls = publicRoutes().map((r) => r.url);
    for (const page of ["wegweiser", "veranstaltungen", "sprachmittlung"]) assert.ok(urls.some((u) => u.includes(page)), `${page} among ${urls.join(", ")}`);
  });

  test("a language the platform does not have is not found on every public page", async () => {
    for (const r of publicRoutes()) {
      const res = await visitor.get(fill(r.url, slug, "xx"));
      assert.equal(res.statusCode, 404, `${r.url} answered ${res.statusCode}`);
    }
  });

  test("a tenant that does not exist is not found on every public page", async () => {
    for (const r of publicRoutes()) {
      const res = await visitor.get(fill(r.url, "gibt-es-nicht", "de"));
      assert.equal(res.statusCode, 404, `${r.url} answered ${res.statusCode}`);
    }
  });
});
