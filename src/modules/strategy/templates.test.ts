/**
 * The two questionnaire templates: they pass the Definition's validation, the
 * self-check has its seven fields of action in order, every text is there in
 * all seven languages and in the right script, and every area can be scored.
 */
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { LOCALES } from "../../core/i18n.ts";
import { fromSource, textIn, type SourceText, type TemplateSource } from "./model.ts";
import { NEEDS_TEMPLATE, SELF_CHECK_TEMPLATE, TEMPLATES } from "./templates.ts";

const KEY = /^[a-z0-9][a-z0-9_-]{0,59}$/;
const ARABIC_SCRIPT = /\p{Script=Arabic}/u;
const CYRILLIC = /\p{Script=Cyrillic}/u;
const SCORED_TYPES = new Set(["scale", "single", "multiple"]);

/** Every SourceText in a template, with where it sits, found by walking the whole structure. */
function textsOf(value: unknown, path = "template"): { path: string; text: Record<string, unknown> }[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => textsOf(v, `${path}[${i}]`));
  if (value === null || typeof value !== "object") return [];
  const record = value as Record<string, unknown>;
  if (LOCALES.some((l) => l in record)) return [{ path, text: record }];
  return Object.entries(record).flatMap(([k, v]) => textsOf(v, `${path}.${k}`));
}

const questionsOf = (t: TemplateSource) => t.areas.flatMap((a) => a.questions);

describe("questionnaire templates", () => {
  test("TEMPLATES holds both, with distinct keys and their kinds", () => {
    assert.deepEqual(TEMPLATES, [SELF_CHECK_TEMPLATE, NEEDS_TEMPLATE]);
    assert.equal(SELF_CHECK_TEMPLATE.key, "selfcheck-weltoffen");
    assert.equal(SELF_CHECK_TEMPLATE.kind, "selfcheck");
    assert.equal(NEEDS_TEMPLATE.key, "bedarfsanalyse");
    assert.equal(NEEDS_TEMPLATE.kind, "needs");
  });

  test("the self-check has exactly the seven fields of action, in order", () => {
    assert.deepEqual(
      SELF_CHECK_TEMPLATE.areas.map((a) => a.key),
      ["steuerung", "oeffnung", "zugang", "arbeit", "engagement", "zusammenhalt", "kommunikation"],
    );
    assert.deepEqual(
      SELF_CHECK_TEMPLATE.areas.map((a) => a.title.de),
      [
        "Management und Steuerung",
        "Interkulturelle Öffnung und Antirassismus",
        "Fairer Zugang und Teilhabe",
        "Arbeit und wirtschaftliche Entwicklung",
        "Engagement und Beteiligung",
        "Zusammenhalt und Begegnung",
        "Kommunikation und Konfliktmanagement",
      ],
    );
  });

  test("the needs analysis has five to seven areas", () => {
    assert.ok(NEEDS_TEMPLATE.areas.length >= 5 && NEEDS_TEMPLATE.areas.length <= 7);
  });

  for (const template of TEMPLATES) {
    describe(template.key, () => {
      test("fromSource() accepts it, and every translation comes out current", () => {
        const definition = fromSource(template);
        assert.equal(definition.areas.length, template.areas.length);
        for (const area of definition.areas) {
          for (const lang of LOCALES) {
            assert.equal(textIn(area.title, lang).state, lang === "de" ? "source" : "current");
            for (const q of area.questions) assert.equal(textIn(q.text, lang).state, lang === "de" ? "source" : "current", `${q.key} ${lang}`);
          }
        }
      });

      test("every text has non-empty wording in all seven languages, and nothing else", () => {
        const texts = textsOf(template);
        assert.ok(texts.length > 100, `only ${texts.length} texts found`);
        for (const { path, text } of texts) {
          assert.deepEqual(Object.keys(text).sort(), [...LOCALES].sort(), path);
          for (const lang of LOCALES) {
            const s = text[lang];
            assert.ok(typeof s === "string" && s.trim() !== "" && s === s.trim(), `${path}.${lang}`);
          }
        }
      });

      test("each language is written in its own script; no braces; no straight apostrophes in German or English", () => {
        for (const { path, text } of textsOf(template)) {
          const t = text as SourceText;
          assert.match(t.ar, ARABIC_SCRIPT, `${path}.ar`);
          assert.match(t.fa, ARABIC_SCRIPT, `${path}.fa`);
          assert.match(t.uk, CYRILLIC, `${path}.uk`);
          assert.match(t.ru, CYRILLIC, `${path}.ru`);
          // Persian spells yeh and kaf its own way; mixing in the Arabic letters breaks search and looks wrong.
          assert.doesNotMatch(t.fa, /[\u064A\u0643]/, `${path}.fa uses Arabic ي or ك`);
          assert.doesNotMatch(t.ar, /[\u06CC\u06A9]/, `${path}.ar uses Persian ی or ک`);
          // Ukrainian letters in Russian (or Russian-only letters in Ukrainian) are a sign of a mix-up.
          assert.doesNotMatch(t.ru, /[іїєґІЇЄҐ]/, `${path}.ru`);
          assert.doesNotMatch(t.uk, /[ыэёъЫЭЁЪ]/, `${path}.uk`);
          for (const lang of LOCALES) assert.doesNotMatch(t[lang], /[{}]/, `${path}.${lang}`);
          assert.doesNotMatch(t.de, /'/, `${path}.de`);
          assert.doesNotMatch(t.en, /'/, `${path}.en`);
        }
      });

      test("question keys are well-formed and unique across the whole questionnaire; option keys unique per question", () => {
        const keys = questionsOf(template).map((q) => q.key);
        for (const key of keys) assert.match(key, KEY);
        assert.equal(new Set(keys).size, keys.length);
        for (const area of template.areas) assert.match(area.key, KEY);
        for (const q of questionsOf(template)) {
          if (!q.options) continue;
          const optionKeys = q.options.map((o) => o.key);
          for (const key of optionKeys) assert.match(key, KEY);
          assert.equal(new Set(optionKeys).size, optionKeys.length, q.key);
        }
      });

      test("every scale has as many labels as points, and the whole questionnaire uses one scale", () => {
        const scales = questionsOf(template).filter((q) => q.type === "scale");
        assert.ok(scales.length > 0);
        for (const q of scales) {
          assert.ok(q.scale, q.key);
          assert.equal(q.scale.labels.length, q.scale.points, q.key);
          assert.equal(q.scale.points, 5, q.key);
          assert.deepEqual(q.scale.labels, scales[0]!.scale!.labels, q.key);
        }
      });

      test("bands ascend and end at 100, three or four per area", () => {
        for (const area of template.areas) {
          const ups = area.bands.map((b) => b.upTo);
          assert.ok(ups.length === 3 || ups.length === 4, area.key);
          for (let i = 1; i < ups.length; i++) assert.ok(ups[i]! > ups[i - 1]!, area.key);
          assert.equal(ups.at(-1), 100, area.key);
        }
      });

      test("every area can be scored, and only scale and choice questions count", () => {
        for (const area of template.areas) {
          const scored = area.questions.filter((q) => (q.weight ?? 1) > 0 && SCORED_TYPES.has(q.type));
          assert.ok(scored.length > 0, area.key);
          for (const q of scored) {
            if (q.options) assert.ok(q.options.some((o) => o.score !== null), `${q.key} counts but no option has a score`);
          }
          for (const q of scored.filter((q) => q.type === "multiple")) {
            // Scoring adds up the ticked options (capped at 100): full marks must need every item, not one.
            const positive = q.options!.map((o) => o.score ?? 0).filter((s) => s > 0);
            assert.equal(positive.reduce((a, b) => a + b, 0), 100, q.key);
            assert.ok(positive.every((s) => s < 100), q.key);
          }
          for (const q of area.questions) {
            if (q.type === "number" || q.type === "text") assert.equal(q.weight, 0, q.key);
            for (const o of q.options ?? []) assert.ok(o.score === null || (o.score >= 0 && o.score <= 100), `${q.key}.${o.key}`);
          }
        }
      });

      test("each area has an intro, one optional free text, and one or two required questions", () => {
        const max = (key: string) => (template === SELF_CHECK_TEMPLATE ? (key === "zugang" ? 12 : 8) : 7);
        for (const area of template.areas) {
          assert.ok(area.intro, area.key);
          assert.ok(area.questions.length >= 4 && area.questions.length <= max(area.key), `${area.key}: ${area.questions.length}`);
          const texts = area.questions.filter((q) => q.type === "text");
          assert.equal(texts.length, 1, area.key);
          assert.equal(texts[0]!.required, false, area.key);
          const required = area.questions.filter((q) => q.required).length;
          assert.ok(required >= 1 && required <= 2, `${area.key}: ${required} required`);
        }
      });
    });
  }

  test("the self-check uses every kind of question: scale, single, multiple with scores, number", () => {
    const questions = questionsOf(SELF_CHECK_TEMPLATE);
    const types = new Set(questions.map((q) => q.type));
    for (const type of ["scale", "single", "multiple", "number", "text"]) assert.ok(types.has(type as never), type);
    assert.ok(questions.some((q) => q.type === "multiple" && q.options?.some((o) => o.score !== null)));
    for (const q of questions.filter((q) => q.type === "scale")) {
      assert.equal(q.weight, 1, q.key);
      assert.equal(q.dontKnow, true, q.key);
    }
  });

  test("the needs analysis asks where the gaps are and for figures", () => {
    const questions = questionsOf(NEEDS_TEMPLATE);
    assert.ok(questions.some((q) => q.type === "multiple"));
    assert.ok(questions.filter((q) => q.type === "number").length >= 2);
    for (const q of questions.filter((q) => q.type === "number")) assert.ok(q.number?.unit, q.key);
  });
});
