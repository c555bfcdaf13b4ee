import { describe, it } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { assess, mayAutoApprove, RULE_KEYS, type Assessment, type AssessmentInput, type RuleKey, type RuleResult } from "./eligibility.ts";
import { DEFAULT_CRITERIA, REQUESTER_KINDS, TOPICS, URGENCIES, type Criteria } from "./model.ts";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const SUBMITTED = new Date("2026-11-23T09:00:00Z");

/** A request that passes every rule under DEFAULT_CRITERIA; tests change one thing at a time. */
function input(change: { criteria?: Partial<Criteria>; requester?: Partial<AssessmentInput["requester"]>; request?: Partial<AssessmentInput["request"]>; poolLanguages?: string[] } = {}): AssessmentInput {
  return {
    criteria: { ...DEFAULT_CRITERIA, ...change.criteria },
    requester: { kind: "kita", active: true, annualBudgetCents: null, usedCents: 0, ...change.requester },
    request: {
      topic: "parent_talk",
      startsAt: new Date(SUBMITTED.getTime() + 7 * 24 * HOUR),
      minutes: 60,
      urgency: "normal",
      urgencyReason: "",
      clientConsent: true,
      language: "ar",
      estimatedCents: 3000,
      ...change.request,
    },
    submittedAt: SUBMITTED,
    poolLanguages: change.poolLanguages ?? ["ar", "fa", "uk"],
  };
}

const startsIn = (ms: number) => new Date(SUBMITTED.getTime() + ms);

function ruleOf(a: Assessment, key: RuleKey): RuleResult {
  const found = a.rules.find((r) => r.rule === key);
  assert.ok(found, `rule ${key} listed`);
  return found;
}

const resultOf = (a: Assessment, key: RuleKey) => ruleOf(a, key).result;

/** Results of all rules except the given ones: to check that a change touched only its own rule. */
function others(a: Assessment, ...keys: RuleKey[]): string[] {
  return a.rules.filter((r) => !keys.includes(r.rule)).map((r) => r.result);
}

const allPass = (a: Assessment, ...except: RuleKey[]) => assert.deepEqual(others(a, ...except), Array(RULE_KEYS.length - except.length).fill("pass"));

describe("assess: the whole assessment", () => {
  it("passes a proper request, listing every rule in order", () => {
    const a = assess(input());
    assert.equal(a.outcome, "eligible");
    assert.deepEqual(
      a.rules.map((r) => r.rule),
      [...RULE_KEYS],
    );
    allPass(a);
  });

  it("lists every rule also when several fail", () => {
    const a = assess(input({ requester: { active: false }, request: { topic: "court", clientConsent: false, minutes: 0 } }));
    assert.equal(a.outcome, "ineligible");
    assert.deepEqual(
      a.rules.map((r) => r.rule),
      [...RULE_KEYS],
    );
  });
});

describe("assess: requester", () => {
  it("fails an inactive requester", () => {
    const a = assess(input({ requester: { active: false } }));
    assert.equal(resultOf(a, "requester_active"), "fail");
    assert.equal(a.outcome, "ineligible");
    allPass(a, "requester_active");
  });

  it("fails a kind of requester the office does not serve", () => {
    const a = assess(input({ requester: { kind: "counselling" } }));
    assert.equal(resultOf(a, "requester_kind"), "fail");
    assert.equal(a.outcome, "ineligible");
    allPass(a, "requester_kind");
    assert.equal(resultOf(assess(input({ requester: { kind: "counselling" }, criteria: { requesterKinds: ["counselling"] } })), "requester_kind"), "pass");
  });
});

describe("assess: topic", () => {
  it("fails an excluded topic, and does not count it as covered", () => {
    const a = assess(input({ request: { topic: "court" } }));
    assert.deepEqual(ruleOf(a, "topic_excluded"), { rule: "topic_excluded", result: "fail", values: { topic: "court" } });
    assert.deepEqual(ruleOf(a, "topic_covered"), { rule: "topic_covered", result: "fail", values: { topic: "court" } });
    assert.equal(a.outcome, "ineligible");
    allPass(a, "topic_excluded", "topic_covered");
  });

  it("lets the exclusion win when a topic is also listed as covered", () => {
    const a = assess(input({ request: { topic: "police" }, criteria: { topics: ["police", "parent_talk"] } }));
    assert.equal(resultOf(a, "topic_excluded"), "fail");
    assert.equal(resultOf(a, "topic_covered"), "fail");
    assert.equal(a.outcome, "ineligible");
  });

  it("sends a topic neither covered nor excluded to review", () => {
    const a = assess(input({ request: { topic: "other" } }));
    assert.equal(resultOf(a, "topic_excluded"), "pass");
    assert.deepEqual(ruleOf(a, "topic_covered"), { rule: "topic_covered", result: "warn", values: { topic: "other" } });
    assert.equal(a.outcome, "review");
    allPass(a, "topic_covered");
  });

  it("names the topic when it passes", () => {
    const a = assess(input());
    assert.deepEqual(ruleOf(a, "topic_excluded").values, { topic: "parent_talk" });
    assert.deepEqual(ruleOf(a, "topic_covered").values, { topic: "parent_talk" });
  });
});

describe("assess: lead time", () => {
  it("passes exactly the minimum lead time", () => {
    const a = assess(input({ request: { startsAt: startsIn(72 * HOUR) } }));
    assert.deepEqual(ruleOf(a, "lead_time"), { rule: "lead_time", result: "pass", values: { hours: 72, min: 72 } });
    assert.equal(a.outcome, "eligible");
  });

  it("fails one minute less for a normal request, with the hours rounded down", () => {
    const a = assess(input({ request: { startsAt: startsIn(72 * HOUR - MINUTE) } }));
    assert.deepEqual(ruleOf(a, "lead_time"), { rule: "lead_time", result: "fail", values: { hours: 71, min: 72 } });
    assert.equal(a.outcome, "ineligible");
    allPass(a, "lead_time");
  });

  it("sends an urgent request with a reason below the minimum to review", () => {
    const a = assess(input({ request: { startsAt: startsIn(72 * HOUR - MINUTE), urgency: "urgent", urgencyReason: "Hilfeplangespräch vorgezogen" } }));
    assert.deepEqual(ruleOf(a, "lead_time"), { rule: "lead_time", result: "warn", values: { hours: 71, min: 72, urgentMin: 24 } });
    assert.equal(resultOf(a, "urgency_reason"), "pass");
    assert.equal(a.outcome, "review");
  });

  it("accepts an urgent request down to exactly the urgent minimum, not a minute less", () => {
    const urgent = { urgency: "urgent", urgencyReason: "Kinderschutz" } as const;
    assert.equal(resultOf(assess(input({ request: { ...urgent, startsAt: startsIn(24 * HOUR) } })), "lead_time"), "warn");
    const short = assess(input({ request: { ...urgent, startsAt: startsIn(24 * HOUR - MINUTE) } }));
    assert.deepEqual(ruleOf(short, "lead_time"), { rule: "lead_time", result: "fail", values: { hours: 23, min: 72, urgentMin: 24 } });
    assert.equal(short.outcome, "ineligible");
  });

  it("passes an urgent request with enough lead time", () => {
    const a = assess(input({ request: { urgency: "urgent", urgencyReason: "Frist" } }));
    assert.equal(resultOf(a, "lead_time"), "pass");
    assert.equal(a.outcome, "eligible");
  });

  it("fails an appointment in the past or starting at submission, even with no minimum", () => {
    const noMinimum = { minLeadHours: 0, urgentMinLeadHours: 0 };
    const past = assess(input({ criteria: noMinimum, request: { startsAt: startsIn(-30 * MINUTE), urgency: "urgent", urgencyReason: "jetzt" } }));
    assert.deepEqual(ruleOf(past, "lead_time"), { rule: "lead_time", result: "fail", values: { hours: -1, min: 0, urgentMin: 0 } });
    assert.equal(resultOf(assess(input({ criteria: noMinimum, request: { startsAt: SUBMITTED } })), "lead_time"), "fail");
    assert.equal(resultOf(assess(input({ criteria: noMinimum, request: { startsAt: startsIn(1) } })), "lead_time"), "pass");
  });

  it("fails an invalid start date rather than passing it", () => {
    assert.equal(resultOf(assess(input({ request: { startsAt: new Date(Number.NaN) } })), "lead_time"), "fail");
  });
});

describe("assess: urgency reason", () => {
  it("fails an urgent request without a reason, even with enough lead time", () => {
    for (const urgencyReason of ["", "   ", "\n\t"]) {
      const a = assess(input({ request: { urgency: "urgent", urgencyReason } }));
      assert.equal(resultOf(a, "urgency_reason"), "fail", JSON.stringify(urgencyReason));
      assert.equal(a.outcome, "ineligible");
      allPass(a, "urgency_reason");
    }
  });

  it("fails an urgent short-notice request without a reason", () => {
    const a = assess(input({ request: { urgency: "urgent", urgencyReason: " ", startsAt: startsIn(30 * HOUR) } }));
    assert.equal(resultOf(a, "lead_time"), "warn");
    assert.equal(resultOf(a, "urgency_reason"), "fail");
    assert.equal(a.outcome, "ineligible");
  });

  it("does not ask a normal request for a reason", () => {
    assert.equal(resultOf(assess(input({ request: { urgency: "normal", urgencyReason: "" } })), "urgency_reason"), "pass");
  });
});

describe("assess: duration", () => {
  it("passes up to the maximum and fails beyond it", () => {
    assert.deepEqual(ruleOf(assess(input({ request: { minutes: 180 } })), "duration"), { rule: "duration", result: "pass", values: { minutes: 180, max: 180 } });
    const long = assess(input({ request: { minutes: 181 } }));
    assert.deepEqual(ruleOf(long, "duration"), { rule: "duration", result: "fail", values: { minutes: 181, max: 180 } });
    allPass(long, "duration");
  });

  it("fails no duration, a negative one and NaN", () => {
    assert.equal(resultOf(assess(input({ request: { minutes: 1 } })), "duration"), "pass");
    for (const minutes of [0, -30, Number.NaN]) assert.equal(resultOf(assess(input({ request: { minutes } })), "duration"), "fail", String(minutes));
  });
});

describe("assess: client consent", () => {
  it("fails without the client's consent", () => {
    const a = assess(input({ request: { clientConsent: false } }));
    assert.equal(resultOf(a, "client_consent"), "fail");
    assert.equal(a.outcome, "ineligible");
    allPass(a, "client_consent");
  });
});

describe("assess: budget", () => {
  it("passes without a budget, however much was used", () => {
    assert.deepEqual(ruleOf(assess(input({ requester: { annualBudgetCents: null, usedCents: 10_000_000 } })), "budget"), { rule: "budget", result: "pass" });
  });

  it("passes exactly reaching the budget", () => {
    const a = assess(input({ requester: { annualBudgetCents: 100_000, usedCents: 97_000 }, request: { estimatedCents: 3000 } }));
    assert.deepEqual(ruleOf(a, "budget"), { rule: "budget", result: "pass", values: { used: 97_000, budget: 100_000, estimated: 3000 } });
    assert.equal(a.outcome, "eligible");
  });

  it("sends a request one cent over the budget to review, not to a refusal", () => {
    const a = assess(input({ criteria: { autoApprove: true }, requester: { annualBudgetCents: 100_000, usedCents: 97_001 }, request: { estimatedCents: 3000 } }));
    assert.deepEqual(ruleOf(a, "budget"), { rule: "budget", result: "warn", values: { used: 97_001, budget: 100_000, estimated: 3000 } });
    assert.equal(a.outcome, "review");
    assert.equal(mayAutoApprove(a, { ...DEFAULT_CRITERIA, autoApprove: true }), false);
    allPass(a, "budget");
  });

  it("warns for a zero budget", () => {
    assert.equal(resultOf(assess(input({ requester: { annualBudgetCents: 0 } })), "budget"), "warn");
  });
});

describe("assess: language pool", () => {
  it("warns when no active mediator speaks the language", () => {
    const a = assess(input({ request: { language: "ti" } }));
    assert.deepEqual(ruleOf(a, "language_pool"), { rule: "language_pool", result: "warn", values: { language: "ti" } });
    assert.equal(a.outcome, "review");
    allPass(a, "language_pool");
    assert.equal(resultOf(assess(input({ poolLanguages: [] })), "language_pool"), "warn");
  });

  it("compares codes ignoring case and surrounding blanks", () => {
    assert.equal(resultOf(assess(input({ request: { language: "AR" } })), "language_pool"), "pass");
    assert.equal(resultOf(assess(input({ request: { language: "ckb" }, poolLanguages: [" CKB"] })), "language_pool"), "pass");
  });
});

describe("mayAutoApprove", () => {
  const auto: Criteria = { ...DEFAULT_CRITERIA, autoApprove: true };

  it("approves a request that passes every rule when the office allows it", () => {
    assert.equal(mayAutoApprove(assess(input({ criteria: { autoApprove: true } })), auto), true);
  });

  it("never approves when the office has not switched it on", () => {
    assert.equal(mayAutoApprove(assess(input()), DEFAULT_CRITERIA), false);
  });

  it("never approves a warn or a fail", () => {
    assert.equal(mayAutoApprove(assess(input({ request: { topic: "other" } })), auto), false);
    assert.equal(mayAutoApprove(assess(input({ request: { clientConsent: false } })), auto), false);
  });

  it("does not trust the stored outcome of an incomplete or inconsistent assessment", () => {
    const good = assess(input());
    assert.equal(mayAutoApprove({ outcome: "eligible", rules: [] }, auto), false);
    assert.equal(mayAutoApprove({ outcome: "eligible", rules: good.rules.slice(1) }, auto), false);
    const tampered = good.rules.map((r) => (r.rule === "budget" ? { ...r, result: "warn" as const } : r));
    assert.equal(mayAutoApprove({ outcome: "eligible", rules: tampered }, auto), false);
  });
});

// ---------------------------------------------------------------------------
// Properties over arbitrary criteria and requests

const BASE_MS = SUBMITTED.getTime();
const criteriaArb: fc.Arbitrary<Criteria> = fc.record({
  requesterKinds: fc.subarray([...REQUESTER_KINDS]),
  topics: fc.subarray([...TOPICS]),
  excludedTopics: fc.subarray([...TOPICS]),
  minLeadHours: fc.integer({ min: 0, max: 200 }),
  urgentMinLeadHours: fc.integer({ min: 0, max: 200 }),
  maxMinutes: fc.integer({ min: 15, max: 720 }),
  autoApprove: fc.boolean(),
});

const rawInputArb: fc.Arbitrary<AssessmentInput> = fc.record({
  criteria: criteriaArb,
  requester: fc.record({
    kind: fc.constantFrom(...REQUESTER_KINDS),
    active: fc.boolean(),
    annualBudgetCents: fc.option(fc.integer({ min: 0, max: 1_000_000 }), { nil: null }),
    usedCents: fc.integer({ min: 0, max: 1_000_000 }),
  }),
  request: fc.record({
    topic: fc.constantFrom(...TOPICS),
    // Whole minutes from two days before to ten days after submission, with a bias to the thresholds.
    startsAt: fc
      .oneof(fc.integer({ min: -2 * 24 * 60, max: 10 * 24 * 60 }), fc.constantFrom(0, 24 * 60, 24 * 60 - 1, 72 * 60, 72 * 60 - 1))
      .map((m) => new Date(BASE_MS + m * MINUTE)),
    minutes: fc.integer({ min: -30, max: 800 }),
    urgency: fc.constantFrom(...URGENCIES),
    urgencyReason: fc.constantFrom("", "  ", "Kinderschutz"),
    clientConsent: fc.boolean(),
    language: fc.constantFrom("ar", "AR", "fa", "uk", "ti"),
    estimatedCents: fc.integer({ min: 0, max: 100_000 }),
  }),
  submittedAt: fc.constant(SUBMITTED),
  poolLanguages: fc.subarray(["ar", "fa", "uk", "ru"]),
});

/**
 * Makes the input satisfy every rule except those in `loose`, which keep
 * their random values. Fully random inputs are nearly always ineligible
 * (some one of ten rules fails), which would leave "review" and "eligible"
 * untested; this way all three outcomes are common.
 */
function tighten(i: AssessmentInput, loose: readonly RuleKey[]): AssessmentInput {
  const criteria = { ...i.criteria };
  const requester = { ...i.requester };
  const request = { ...i.request };
  let poolLanguages = i.poolLanguages;
  const fix = (key: RuleKey) => !loose.includes(key);
  if (fix("requester_active")) requester.active = true;
  if (fix("requester_kind")) criteria.requesterKinds = [...criteria.requesterKinds, requester.kind];
  if (fix("topic_excluded") || fix("topic_covered")) criteria.excludedTopics = criteria.excludedTopics.filter((t) => t !== request.topic);
  if (fix("topic_covered")) criteria.topics = [...criteria.topics, request.topic];
  if (fix("lead_time")) request.startsAt = new Date(Math.max(request.startsAt.getTime(), BASE_MS + criteria.minLeadHours * HOUR, BASE_MS + 1));
  if (fix("urgency_reason") && request.urgency === "urgent") request.urgencyReason = "Kinderschutz";
  if (fix("duration")) request.minutes = Math.min(Math.max(request.minutes, 1), criteria.maxMinutes);
  if (fix("client_consent")) request.clientConsent = true;
  if (fix("budget") && requester.annualBudgetCents !== null && requester.usedCents + request.estimatedCents > requester.annualBudgetCents) requester.annualBudgetCents = null;
  if (fix("language_pool")) poolLanguages = [...poolLanguages, request.language];
  return { ...i, criteria, requester, request, poolLanguages };
}

const inputArb: fc.Arbitrary<AssessmentInput> = fc
  .tuple(rawInputArb, fc.array(fc.constantFrom(...RULE_KEYS), { maxLength: 4 }))
  .map(([raw, loose]) => tighten(raw, loose));

const SEVERITY = { pass: 0, warn: 1, fail: 2 } as const;
const OUTCOME_RANK = { eligible: 0, review: 1, ineligible: 2 } as const;

describe("assess: properties", () => {
  it("lists every rule once, in order", () => {
    fc.assert(
      fc.property(inputArb, (i) => {
        assert.deepEqual(
          assess(i).rules.map((r) => r.rule),
          [...RULE_KEYS],
        );
      }),
    );
  });

  it("is ineligible iff some rule fails, else in review iff some rule warns", () => {
    fc.assert(
      fc.property(inputArb, (i) => {
        const a = assess(i);
        const fails = a.rules.some((r) => r.result === "fail");
        const warns = a.rules.some((r) => r.result === "warn");
        assert.equal(a.outcome === "ineligible", fails);
        assert.equal(a.outcome === "review", !fails && warns);
        assert.equal(a.outcome === "eligible", !fails && !warns);
      }),
      { numRuns: 500 },
    );
  });

  it("auto-approves exactly when the office allows it and every rule passed", () => {
    fc.assert(
      fc.property(inputArb, (i) => {
        const a = assess(i);
        const allPassed = a.rules.every((r) => r.result === "pass");
        assert.equal(mayAutoApprove(a, i.criteria), i.criteria.autoApprove && allPassed);
      }),
      { numRuns: 500 },
    );
  });

  it("never finds an excluded topic eligible, whatever else", () => {
    fc.assert(
      fc.property(inputArb, (i) => {
        const excluded = { ...i, criteria: { ...i.criteria, excludedTopics: [...i.criteria.excludedTopics, i.request.topic] } };
        const a = assess(excluded);
        assert.equal(a.outcome, "ineligible");
        assert.equal(mayAutoApprove(a, { ...excluded.criteria, autoApprove: true }), false);
      }),
      { numRuns: 500 },
    );
  });

  it("never improves the outcome when more of the budget is used", () => {
    fc.assert(
      fc.property(inputArb, fc.integer({ min: 0, max: 1_000_000 }), (i, extra) => {
        const more = { ...i, requester: { ...i.requester, usedCents: i.requester.usedCents + extra } };
        const before = assess(i);
        const after = assess(more);
        assert.ok(OUTCOME_RANK[after.outcome] >= OUTCOME_RANK[before.outcome], `${before.outcome} → ${after.outcome}`);
        assert.ok(SEVERITY[resultOf(after, "budget")] >= SEVERITY[resultOf(before, "budget")], "budget rule");
      }),
      { numRuns: 500 },
    );
  });

  it("never makes the lead time worse when the appointment moves later", () => {
    fc.assert(
      // Untightened: the lead time stays random, across all its thresholds.
      fc.property(rawInputArb, fc.integer({ min: 0, max: 10 * 24 * 60 }), (i, delayMinutes) => {
        const later = { ...i, request: { ...i.request, startsAt: new Date(i.request.startsAt.getTime() + delayMinutes * MINUTE) } };
        const before = resultOf(assess(i), "lead_time");
        const after = resultOf(assess(later), "lead_time");
        assert.ok(SEVERITY[after] <= SEVERITY[before], `${before} → ${after}`);
      }),
      { numRuns: 500 },
    );
  });
});
