/**
 * Automatic pre-assessment of a request against the office's criteria. It
 * does not decide: it sorts requests into "eligible" (may be approved without
 * a staff decision, if the office allows that), "review" (a person has to
 * look) and "ineligible" (a rule is broken), and lists every rule it checked
 * with its result, so that staff see why, and see what was fine as well.
 *
 * Rules, always all of them and in this order (RULE_KEYS):
 * - requester_active: fail for a deactivated requester.
 * - requester_kind: fail for a kind the office does not serve.
 * - topic_excluded: fail for an excluded topic.
 * - topic_covered: pass for a covered topic; warn for one that is neither
 *   covered nor excluded ("other", or a topic the office has not decided on:
 *   staff judge the case). An excluded topic fails here too: exclusions are
 *   checked before `topics` (model.ts), so an excluded topic is not covered
 *   even when it is also listed there, and a warn would suggest that staff
 *   could approve it.
 * - lead_time: time from submission to the start. Fail when the start is not
 *   after the submission; pass from `minLeadHours` on; an urgent request
 *   below that but with at least `urgentMinLeadHours` warns (the short notice
 *   needs a staff look); anything shorter fails. Compared to the
 *   millisecond, so one minute short of the minimum is short. Independent of
 *   the urgency reason, which has its own rule.
 * - urgency_reason: an urgent request needs a non-blank reason.
 * - duration: more than 0 and at most `maxMinutes` minutes.
 * - client_consent: the client must have agreed to the mediation.
 * - budget: without a budget pass; when the year's use plus this estimate
 *   exceeds the budget, warn, not fail: whether the office pays beyond a
 *   budget (or tops it up) is a staff decision, not an automatic no.
 *   Exactly reaching the budget passes.
 * - language_pool: warn when no active mediator speaks the language. The
 *   office may still find someone (a new mediator, a neighbouring office), so
 *   this is no automatic no either.
 *
 * Comparisons are written so that a NaN (an invalid date, a broken sum) ends
 * in the stricter result, never in a pass.
 */
import type { Criteria, RequesterKind, Topic, Urgency } from "./model.ts";

export const RULE_KEYS = [
  "requester_active",
  "requester_kind",
  "topic_excluded",
  "topic_covered",
  "lead_time",
  "urgency_reason",
  "duration",
  "client_consent",
  "budget",
  "language_pool",
] as const;
export type RuleKey = (typeof RULE_KEYS)[number];

/** `values` fill the placeholders of the rule's message (`mediation.rule.<rule>`); money in cents. */
export interface RuleResult {
  rule: RuleKey;
  result: "pass" | "warn" | "fail";
  values?: Record<string, string | number>;
}

export interface Assessment {
  outcome: "eligible" | "review" | "ineligible";
  rules: RuleResult[];
}

export interface AssessmentInput {
  criteria: Criteria;
  /** usedCents: billed and booked this calendar year. */
  requester: { kind: RequesterKind; active: boolean; annualBudgetCents: number | null; usedCents: number };
  request: {
    topic: Topic;
    startsAt: Date;
    minutes: number;
    urgency: Urgency;
    urgencyReason: string;
    clientConsent: boolean;
    language: string;
    estimatedCents: number;
  };
  submittedAt: Date;
  /** Language codes spoken by at least one active mediator. */
  poolLanguages: string[];
}

const MS_PER_HOUR = 3_600_000;

type Result = RuleResult["result"];

function rule(key: RuleKey, result: Result, values?: Record<string, string | number>): RuleResult {
  return values ? { rule: key, result, values } : { rule: key, result };
}

function passIf(key: RuleKey, ok: boolean, values?: Record<string, string | number>): RuleResult {
  return rule(key, ok ? "pass" : "fail", values);
}

function leadTime(input: AssessmentInput): RuleResult {
  const { criteria, request, submittedAt } = input;
  const ms = request.startsAt.getTime() - submittedAt.getTime();
  const urgent = request.urgency === "urgent";
  const values: Record<string, number> = { hours: Math.floor(ms / MS_PER_HOUR), min: criteria.minLeadHours };
  // The urgent minimum is what an urgent request is measured against below the normal one.
  if (urgent) values.urgentMin = criteria.urgentMinLeadHours;
  let result: Result;
  if (!(ms > 0)) result = "fail";
  else if (ms >= criteria.minLeadHours * MS_PER_HOUR) result = "pass";
  else if (urgent && ms >= criteria.urgentMinLeadHours * MS_PER_HOUR) result = "warn";
  else result = "fail";
  return rule("lead_time", result, values);
}

function topicCovered(criteria: Criteria, topic: Topic): RuleResult {
  let result: Result;
  if (criteria.excludedTopics.includes(topic)) result = "fail";
  else if (criteria.topics.includes(topic)) result = "pass";
  else result = "warn";
  return rule("topic_covered", result, { topic });
}

function budget(input: AssessmentInput): RuleResult {
  const { annualBudgetCents, usedCents } = input.requester;
  if (annualBudgetCents === null) return rule("budget", "pass");
  const estimated = input.request.estimatedCents;
  const within = usedCents + estimated <= annualBudgetCents;
  return rule("budget", within ? "pass" : "warn", { used: usedCents, budget: annualBudgetCents, estimated });
}

/** Codes are compared trimmed and case-insensitively: "AR" in one place and "ar" in another is the same language. */
const normaliseCode = (code: string) => code.trim().toLowerCase();

function languagePool(input: AssessmentInput): RuleResult {
  const wanted = normaliseCode(input.request.language);
  const spoken = input.poolLanguages.some((code) => normaliseCode(code) === wanted);
  return rule("language_pool", spoken ? "pass" : "warn", { language: input.request.language });
}

function outcomeOf(rules: readonly RuleResult[]): Assessment["outcome"] {
  if (rules.some((r) => r.result === "fail")) return "ineligible";
  if (rules.some((r) => r.result === "warn")) return "review";
  return "eligible";
}

/** Checks a request against every rule; see the module comment for the rules. */
export function assess(input: AssessmentInput): Assessment {
  const { criteria, requester, request } = input;
  const rules: RuleResult[] = [
    passIf("requester_active", requester.active),
    passIf("requester_kind", criteria.requesterKinds.includes(requester.kind)),
    passIf("topic_excluded", !criteria.excludedTopics.includes(request.topic), { topic: request.topic }),
    topicCovered(criteria, request.topic),
    leadTime(input),
    passIf("urgency_reason", request.urgency !== "urgent" || request.urgencyReason.trim() !== ""),
    passIf("duration", request.minutes > 0 && request.minutes <= criteria.maxMinutes, { minutes: request.minutes, max: criteria.maxMinutes }),
    passIf("client_consent", request.clientConsent),
    budget(input),
    languagePool(input),
  ];
  return { outcome: outcomeOf(rules), rules };
}

/**
 * Approve without a staff decision? Only when the office allows it and every
 * rule passed. Checks the rules themselves, all of RULE_KEYS, rather than the
 * stored outcome, so that an incomplete or inconsistent assessment (say, one
 * stored before a rule was added) goes to staff.
 */
export function mayAutoApprove(a: Assessment, criteria: Criteria): boolean {
  if (!criteria.autoApprove || a.outcome !== "eligible") return false;
  return RULE_KEYS.every((key) => a.rules.some((r) => r.rule === key)) && a.rules.every((r) => r.result === "pass");
}
