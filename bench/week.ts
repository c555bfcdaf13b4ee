/**
 * `verify`: every rule a plan must keep, checked independently of the
 * solver's model — for the planning benchmarks and tests. The week they plan
 * is the module's sample week (src/modules/mediation/sample-week.ts).
 */
import { absenceDuring, jobConflict, localSpan, type MatchJob, windowFor } from "../src/modules/mediation/matching.ts";
import type { Plan } from "../src/modules/mediation/planning.ts";
import type { Instance } from "../src/modules/mediation/sample-week.ts";
import { TIME_ZONE } from "../src/core/time.ts";

/** Every rule the plan must keep, checked independently of the solver's model. */
export function verify({ requests, mediators }: Instance, plan: Plan): string[] {
  const errors: string[] = [];
  const requestById = new Map(requests.map((r) => [r.id, r]));
  const seen = new Set<string>();
  const added = new Map<string, MatchJob[]>();
  for (const a of plan.assignments) {
    const r = requestById.get(a.requestId);
    const m = mediators.find((x) => x.id === a.mediatorId);
    const slot = r?.slots[a.slotIndex];
    if (!r || !m || !slot) {
      errors.push(`unknown request, mediator or slot: ${JSON.stringify(a)}`);
      continue;
    }
    if (seen.has(r.id)) errors.push(`${r.id} booked twice`);
    seen.add(r.id);
    const start = slot.startsAt.getTime();
    const end = start + slot.minutes * 60_000;
    const span = localSpan(slot.startsAt, slot.minutes, TIME_ZONE);
    if (!m.languages.includes(r.language)) errors.push(`${r.id}: ${m.id} does not speak ${r.language}`);
    if (!span || !windowFor(m.weekly, span)) errors.push(`${r.id}: outside the windows of ${m.id}`);
    if (absenceDuring(m.absences, start, end)) errors.push(`${r.id}: ${m.id} is absent`);
    const job: MatchJob = { startsAt: slot.startsAt, endsAt: new Date(end), place: r.place, mode: r.mode };
    const others = [...m.jobs, ...(added.get(m.id) ?? [])];
    const clash = jobConflict(others, start, end, r.mode === "on_site" ? r.place : null, m.travelMode);
    if (clash) errors.push(`${r.id}: clashes with a job of ${m.id} at ${clash.job.startsAt.toISOString()} (${clash.kind})`);
    added.set(m.id, [...(added.get(m.id) ?? []), job]);
  }
  for (const m of mediators) {
    const minutes = (added.get(m.id) ?? []).reduce((s, j) => s + (j.endsAt.getTime() - j.startsAt.getTime()) / 60_000, 0);
    if (minutes > m.remainingMinutes) errors.push(`${m.id}: ${minutes} minutes planned, ${m.remainingMinutes} left`);
  }
  if (plan.assignments.length + plan.unassigned.length !== requests.length) errors.push("assigned + unassigned ≠ requests");
  return errors;
}

