import { describe, test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { IntlMessageFormat } from "intl-messageformat";
import { hasMessage, LOCALES, messageKeys, messagePattern, negotiate, translate } from "./i18n.ts";
import { SERVICE_KINDS, SPOKEN_LANGUAGES, TARGET_GROUPS, TOPICS } from "../modules/directory/model.ts";

const root = path.resolve(import.meta.dirname, "../..");

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.tsx?$/.test(e.name) && !e.name.endsWith(".test.ts"))
    .map((e) => path.join(e.parentPath, e.name));
}

/** Placeholder names of an ICU message, e.g. {count, plural, …} and {name}. */
function placeholders(msg: string): string[] {
  return [...new Set([...msg.matchAll(/\{\s*([a-zA-Z_]+)\s*[,}]/g)].map((m) => m[1]!))].sort();
}

describe("messages", () => {
  test("every literal message key used in the code exists in German", () => {
    const missing: string[] = [];
    for (const file of sourceFiles(path.join(root, "src"))) {
      const text = fs.readFileSync(file, "utf8");
      for (const m of text.matchAll(/\bt\(\s*"([a-zA-Z0-9_.]+)"/g)) if (!hasMessage("de", m[1]!)) missing.push(`${m[1]} (${path.relative(root, file)})`);
    }
    assert.deepEqual(missing, []);
  });

  test("every taxonomy value has a label", () => {
    const keys = [
      ...SERVICE_KINDS.map((k) => `directory.kind.${k}`),
      ...TOPICS.map((k) => `directory.topic.${k}`),
      ...TARGET_GROUPS.map((k) => `directory.target.${k}`),
      ...SPOKEN_LANGUAGES.map((k) => `language.${k}`),
    ];
    assert.deepEqual(keys.filter((k) => !hasMessage("de", k)), []);
  });

  test("no message file names a key twice (JSON keeps the last one silently, and the first one's text is lost)", () => {
    for (const file of fs.readdirSync(path.join(root, "locales"), { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".json"))) {
      const keys = [...fs.readFileSync(path.join(root, "locales", file), "utf8").matchAll(/^\s*"([^"]+)":/gm)].map((m) => m[1]!);
      const twice = keys.filter((k, i) => keys.indexOf(k) !== i);
      assert.deepEqual(twice, [], file);
    }
  });

  for (const locale of LOCALES) {
    test(`${locale}: same keys as German, every message parses, same placeholders`, () => {
      const de = messageKeys("de").sort();
      assert.deepEqual(messageKeys(locale).sort(), de, `${locale} has other keys than de`);
      for (const key of de) {
        const raw = messagePattern(locale, key)!;
        const fmt = new IntlMessageFormat(raw, locale);
        for (const count of [0, 1, 2, 3, 5, 11, 21, 100]) {
          const values = Object.fromEntries(placeholders(raw).map((p) => [p, p === "count" ? count : "X"]));
          assert.ok(String(fmt.format(values)).length > 0, `${locale}:${key}`);
        }
        const german = messagePattern("de", key)!;
        assert.deepEqual(placeholders(raw), placeholders(german), `${locale}:${key} placeholders`);
      }
    });
  }

  test("plural rules per language", () => {
    assert.equal(translate("de", "search.results", { count: 1 }), "1 Angebot");
    assert.equal(translate("de", "search.results", { count: 2 }), "2 Angebote");
    assert.equal(translate("de", "search.results", { count: 0 }), "Keine Angebote");
    // Russian has distinct forms for 1, 2–4 and 5+.
    const ru = [1, 2, 5].map((count) => translate("ru", "search.results", { count }).replace(/\d+/, "").trim());
    assert.equal(new Set(ru).size, 3, ru.join(" | "));
  });

  test("Accept-Language negotiation", () => {
    assert.equal(negotiate("ar-SY,ar;q=0.9,de;q=0.5"), "ar");
    assert.equal(negotiate("fr-FR,en;q=0.8"), "en");
    assert.equal(negotiate("zh-CN"), "de");
    assert.equal(negotiate(undefined), "de");
    assert.equal(negotiate("de;q=0.1,tr;q=0.9"), "tr");
  });

  test("a missing key shows the key, never crashes", () => {
    assert.equal(translate("ar", "no.such.key"), "no.such.key");
  });
});
