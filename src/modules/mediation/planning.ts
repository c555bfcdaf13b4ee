/**
 * "Plan the week": assign all open approved requests at once, optimally, as a
 * mixed-integer programme solved exactly by HiGHS (WebAssembly, loaded once).
 *
 * Objective, lexicographic — each level only decides among the optima of the
 * ones before:
 *  1. cover as many requests as possible;
 *  2. then make the largest total workload of any mediator (booked minutes
 *     of the month + minutes planned here) as small as possible, so nobody
 *     gets the whole week while others wait (fairness);
 *  3. then minimise travel minutes + GENDER_MISS_PENALTY per unmet gender
 *     wish + SLOT_RANK_PENALTY per step away from the requester's preferred
 *     slot (the second slot costs 1×, the third 2×).
 *
 * Model. A binary x_t for every feasible triple t = (request, slot, mediator)
 * — feasible exactly as in matching.ts: language, slot inside a weekly
 * window on the local wall clock, no absence, no clash with a confirmed job
 * including travel, minutes within what is left of the monthly maximum —
 * and one integer L ≥ the floor (the largest booked minutes of anyone).
 * Constraints:
 *  - each request at most once: Σ_{t∈r} x_t ≤ 1;
 *  - per mediator, no two triples that overlap or whose gap is shorter than
 *    the travel from the earlier place to the later one. Written as cliques
 *    of that conflict graph, Σ x_t ≤ 1: first the maximal cliques of the
 *    interval graph (the triples running at a start instant), each widened by
 *    triples too close to all of them; then, for travel conflicts left over,
 *    a greedy clique around the pair (at worst the pair itself). Cliques
 *    instead of pairs keep the LP bound tight, which is what makes the solves
 *    fast;
 *  - per mediator: Σ minutes_t x_t ≤ remaining minutes (only where the
 *    triples could exceed it), and L ≥ booked + Σ minutes_t x_t.
 * Travel of a triple (level 3) is the travel from the last on-site confirmed
 * job of that mediator earlier that day, 0 without one. An approximation that
 * keeps the model linear and small: the way between two jobs planned in the
 * same run is kept free (the conflict rows) but not counted, nor the way from
 * home.
 *
 * Lexicographic optimum, exactly, by solves on one model. The workhorse is
 * "level 3 under a limit": with L ≤ limit, maximise Σ (W − cost_t) x_t, where
 * W = 1 + Σ_r max_{t∈r} cost_t, so one covered request more is worth more
 * than any plan's total cost — the most coverage and, among those plans, the
 * least cost, without a dense row Σ x ≥ covered (which slows HiGHS's presolve
 * down a lot).
 *  1. The LP relaxation of that objective without a load limit bounds the
 *     coverage of any plan (a plan covering k is worth ≥ kW − (W − 1)); the
 *     bound is computed from the duals by weak duality (`dualBound`), so it
 *     holds whatever the solver's tolerances.
 *  2. If the relaxation with L ≤ floor still reaches that bound, level 3 under
 *     the floor. Reaching the bound there settles levels 1 and 2 at once (no
 *     load can be below the floor) and the plan is optimal on all three.
 *  3. Otherwise level 1 exactly (a plan reaching the bound proves it, else the
 *     MIP max Σ x), level 2 by bisection on the load limit and a coverage MIP
 *     just below the limit found (`bisect`, `proveLoad`), and level 3 under
 *     L*. The bisection runs before the level-1 MIP, so that a plan cut short
 *     by the time limit is already fair.
 * Every solve under a load limit — relaxations and MIPs — also gets rounded
 * capacity rows for that limit (`roundedCapacityRows`: Σ ⌊minutes/d⌋·x ≤
 * ⌊capacity/d⌋ for the usual talk lengths d): the relaxation likes to fill a
 * mediator's last minutes with halves of two long talks, which no plan can;
 * these rows take a fifth of that gap away before HiGHS starts, prove more
 * load limits impossible from the relaxation alone, and give the rounding a
 * better point.
 * Each level-3 solve is offered a first plan: the requests its relaxation put
 * wholly on one triple stay there and a small MIP places the rest; a greedy
 * plan (`greedy`) stands in where that MIP finds less in its time, and is the
 * answer when no relaxation finishes in time. HiGHS's own
 * heuristics took most of the time on the benchmark week to find a plan that
 * good; offered it, the solve mostly proves (still most of the time: the LP
 * bound is about 21 cost units above the optimum on the benchmark, and the
 * cuts and restarts that close it are slow in WebAssembly).
 * Every objective is integral (whole minutes and penalties, L integer), so an
 * absolute gap below 1 proves optimality. `optimal` is true when every solve
 * proved its optimum within the time limit; otherwise the plan is the best one
 * found. The proofs of levels 1 and 2 stop at 90 % of the time limit, so that a
 * plan cut short still gets its level-3 step under the load found; the last
 * solve ends a little before the limit, so that the plan arrives within it.
 */
import highsModule from "highs";
import type { Highs, HighsCallbackMap, Model } from "highs";
import type { Gender, Mode, Point, TravelMode, WeeklyWindow } from "./model.ts";
import { absenceDuring, jobConflict, localSpan, placeBefore, placeOf, sameCode, windowFor, type MatchJob } from "./matching.ts";
import { TIME_ZONE } from "../../core/time.ts";
import { travelMinutes } from "./travel.ts";

export interface PlanRequest {
  id: string;
  language: string;
  preferredGender: Gender | null;
  /** 1..3 alternatives, the first preferred. */
  slots: { startsAt: Date; minutes: number }[];
  mode: Mode;
  place: Point | null;
}

export interface PlanMediator {
  id: string;
  gender: Gender | null;
  languages: string[];
  travelMode: TravelMode;
  weekly: WeeklyWindow[];
  absences: { from: Date; to: Date }[];
  /** Until the monthly maximum. */
  remainingMinutes: number;
  bookedMinutes: number;
  jobs: MatchJob[];
}

export interface PlanAssignment {
  requestId: string;
  mediatorId: string;
  slotIndex: number;
}

export interface Plan {
  assignments: PlanAssignment[];
  unassigned: string[];
  /** The three levels: covered; maxLoadMinutes; cost (travel + penalties), with travel and gender misses also apart. */
  objective: { covered: number; maxLoadMinutes: number; cost: number; travelMinutes: number; genderMisses: number };
  optimal: boolean;
  /**
   * What is proven about levels 1 and 2, for a plan cut short by the time limit: no plan covers
   * more than `covered` requests, and none covering as many as this one has a largest load below
   * `maxLoadMinutes`. Equal to the objective's values where those levels are proven optimal.
   */
  bounds: { covered: number; maxLoadMinutes: number };
  /** Wall time of planWeek without the one-time loading of the solver. */
  solveMs: number;
}

/** Level-3 cost of an unmet gender wish, in travel-minute equivalents. */
export const GENDER_MISS_PENALTY = 60;
/** Level-3 cost per step away from the preferred slot. */
export const SLOT_RANK_PENALTY = 20;
/** Unless the caller says otherwise; the plan found by then is returned with `optimal: false`. */
export const DEFAULT_TIME_LIMIT_SECONDS = 30;
/**
 * The share of the time limit kept for the last step, level 3 under the load
 * found: the proofs of levels 1 and 2 stop before it. Without it, a week whose
 * proofs ran out of time was answered with the plan of a coverage MIP, blind
 * to travel and wishes (seed 5 of the benchmark's generator, cut at 20 s:
 * 8,333 cost units where the optimum has 3,368).
 */
const LAST_STEP_SHARE = 0.1;
/**
 * HiGHS looks at its time limit only between rounds of its work, which take up
 * to 130 ms on the benchmark week (WebAssembly, 2026-12-06): a 2-s plan arrived
 * after 2,000–2,170 ms. The solves therefore end this much before the caller's
 * limit (at most a tenth of it), so that the plan arrives within the limit.
 */
const SOLVER_OVERRUN_MS = 250;

const MS_PER_MINUTE = 60_000;

// The package's types describe its CommonJS build, where the loader is also
// `default`; Node's "import" condition loads the ES build, whose default
// export is the loader itself.
const loadHighs = (typeof highsModule === "function" ? highsModule : highsModule.default) as typeof highsModule.default;

let loading: Promise<Highs> | undefined;

/** One solver instance for the process; a failed load is retried next time. */
export function solver(): Promise<Highs> {
  loading ??= loadHighs().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

interface Triple {
  request: number;
  slot: number;
  mediator: number;
  start: number;
  end: number;
  minutes: number;
  place: Point | null;
  travel: number;
  genderMiss: boolean;
  /** Level-3 objective coefficient. */
  cost: number;
}

/** lower ≤ Σ values·x[indices] ≤ upper; column indices ascending. */
export interface Row {
  indices: number[];
  values: number[];
  lower: number;
  upper: number;
}

const packing = (indices: number[]): Row => ({ indices: [...indices].sort((a, b) => a - b), values: indices.map(() => 1), lower: -Infinity, upper: 1 });

function checkWhole(value: number, what: string): void {
  if (!Number.isInteger(value)) throw new RangeError(`${what} must be whole minutes: ${value}`);
}

function buildTriples(requests: PlanRequest[], mediators: PlanMediator[], timeZone: string): Triple[] {
  const triples: Triple[] = [];
  requests.forEach((request, r) => {
    const place = placeOf(request.mode, request.place);
    request.slots.forEach((slot, s) => {
      checkWhole(slot.minutes, "slot");
      if (slot.minutes <= 0) return;
      const span = localSpan(slot.startsAt, slot.minutes, timeZone);
      if (!span) return;
      const start = slot.startsAt.getTime();
      const end = start + slot.minutes * MS_PER_MINUTE;
      mediators.forEach((m, i) => {
        if (!m.languages.some((code) => sameCode(code, request.language))) return;
        if (slot.minutes > m.remainingMinutes) return;
        if (!windowFor(m.weekly, span) || absenceDuring(m.absences, start, end)) return;
        if (jobConflict(m.jobs, start, end, place, m.travelMode)) return;
        const travel = place ? travelMinutes(placeBefore(m.jobs, start, span.date, timeZone) ?? null, place, m.travelMode) : 0;
        const genderMiss = request.preferredGender !== null && m.gender !== request.preferredGender;
        const cost = travel + (genderMiss ? GENDER_MISS_PENALTY : 0) + s * SLOT_RANK_PENALTY;
        triples.push({ request: r, slot: s, mediator: i, start, end, minutes: slot.minutes, place, travel, genderMiss, cost });
      });
    });
  });
  return triples;
}

/** Rows that hold at every level: one booking per request, no clashes of a mediator's triples. */
function conflictRows(triples: Triple[], mediators: PlanMediator[]): Row[] {
  const rows: Row[] = [];
  const byRequest = new Map<number, number[]>();
  triples.forEach((t, i) => {
    const ids = byRequest.get(t.request);
    if (ids) ids.push(i);
    else byRequest.set(t.request, [i]);
  });
  for (const ids of byRequest.values()) if (ids.length > 1) rows.push(packing(ids));

  mediators.forEach((m, mi) => {
    const own = triples
      .map((t, i) => ({ t, i }))
      .filter(({ t }) => t.mediator === mi)
      .sort((a, b) => a.t.start - b.t.start || a.t.end - b.t.end);
    if (own.length < 2) return;

    // Conflicts: overlap, or a gap shorter than the travel from the earlier place to the later one.
    // Travel obeys the triangle inequality, so no trip is longer than two trips via one place
    // (+1 minute for rounding): pairs further apart than that are never scanned.
    const anchor = own.find(({ t }) => t.place)?.t.place ?? null;
    const reach = (2 * Math.max(0, ...own.map(({ t }) => travelMinutes(anchor, t.place, m.travelMode))) + 1) * MS_PER_MINUTE;
    const near: Set<number>[] = own.map(() => new Set());
    own.forEach(({ t: a }, k) => {
      for (let l = k + 1; l < own.length && own[l]!.t.start < a.end + reach; l++) {
        const b = own[l]!.t;
        if (b.start < a.end || b.start - a.end < travelMinutes(a.place, b.place, m.travelMode) * MS_PER_MINUTE) {
          near[k]!.add(l);
          near[l]!.add(k);
        }
      }
    });
    const covered: Set<number>[] = own.map(() => new Set());
    const emit = (clique: number[]) => {
      for (const k of clique) for (const l of clique) if (k !== l) covered[k]!.add(l);
      if (clique.every((k) => own[k]!.t.request === own[clique[0]!]!.t.request)) return;
      rows.push(packing(clique.map((k) => own[k]!.i)));
    };
    /** Grow a clique by the triples in conflict with all of it, earliest first. */
    const grow = (clique: number[]) => {
      const candidates = [...near[clique[0]!]!].filter((c) => !clique.includes(c)).sort((a, b) => a - b);
      for (const c of candidates) if (clique.every((k) => near[k]!.has(c))) clique.push(c);
      return clique;
    };

    // Maximal cliques of the interval graph: the triples running at a start instant, where one of
    // them ends before the next start; each widened by triples too close to all of them.
    const starts = [...new Set(own.map(({ t }) => t.start))];
    let active: number[] = [];
    let next = 0;
    starts.forEach((at, k) => {
      active = active.filter((a) => own[a]!.t.end > at);
      while (next < own.length && own[next]!.t.start === at) active.push(next++);
      const following = starts[k + 1] ?? Infinity;
      if (active.some((a) => own[a]!.t.end <= following)) emit(grow([...active]));
    });
    // The travel conflicts not covered yet, each in a clique as large as greed finds.
    near.forEach((set, k) => {
      for (const l of [...set].sort((a, b) => a - b)) if (l > k && !covered[k]!.has(l)) emit(grow([k, l]));
    });
  });
  return rows;
}

/** Per mediator with triples: its new minutes ≤ its remaining minutes, and L − its new minutes ≥ its booked minutes (L ≥ its load). */
/** The indices of each mediator's triples. */
function byMediator(triples: readonly { mediator: number }[], count: number): number[][] {
  const own: number[][] = Array.from({ length: count }, () => []);
  triples.forEach((t, i) => own[t.mediator]!.push(i));
  return own;
}

function minuteRows(triples: Triple[], mediators: PlanMediator[], column: number): Row[] {
  return byMediator(triples, mediators.length).flatMap((ids, m) => {
    if (ids.length === 0) return [];
    const minutes = ids.map((i) => triples[i]!.minutes);
    const { remainingMinutes, bookedMinutes } = mediators[m]!;
    const load: Row = { indices: [...ids, column], values: [...minutes.map((v) => -v), 1], lower: bookedMinutes, upper: Infinity };
    const fits = minutes.reduce((a, b) => a + b, 0) <= remainingMinutes;
    return fits ? [load] : [{ indices: ids, values: minutes, lower: -Infinity, upper: remainingMinutes }, load];
  });
}

/** Divisors of the rounded capacity rows: the usual lengths of a talk. */
const ROUNDING_DIVISORS = [30, 45, 60, 90, 120];

/**
 * Rounded capacity rows for a load limit (Chvátal–Gomory cuts of the knapsack
 * row Σ minutes·x ≤ cap, cap = min(remaining, limit − booked)): for a divisor
 * d, Σ ⌊minutes/d⌋·x ≤ ⌊cap/d⌋. Every plan under the limit keeps them (the left
 * side is whole and at most cap/d); the relaxation does not, where it fills a
 * mediator's last minutes with parts of talks. Only rows that can bind.
 */
export function roundedCapacityRows(triples: readonly { mediator: number; minutes: number }[], mediators: readonly Pick<PlanMediator, "remainingMinutes" | "bookedMinutes">[], limit: number): Row[] {
  return byMediator(triples, mediators.length).flatMap((ids, m) => {
    const cap = Math.min(mediators[m]!.remainingMinutes, limit - mediators[m]!.bookedMinutes);
    if (ids.length === 0 || cap < 0 || ids.reduce((sum, i) => sum + triples[i]!.minutes, 0) <= cap) return [];
    return ROUNDING_DIVISORS.flatMap((d) => {
      const used = ids.filter((i) => triples[i]!.minutes >= d);
      const values = used.map((i) => Math.floor(triples[i]!.minutes / d));
      const upper = Math.floor(cap / d);
      return values.reduce((a, b) => a + b, 0) > upper ? [{ indices: used, values, lower: -Infinity, upper }] : [];
    });
  });
}

function loads(triples: Triple[], chosen: Iterable<number>, mediators: PlanMediator[]): number[] {
  const load = mediators.map((m) => m.bookedMinutes);
  for (const t of chosen) load[triples[t]!.mediator]! += triples[t]!.minutes;
  return load;
}

/** The state of a search for the smallest largest load: the best plan, its load, a proven lower bound, plans found short of the coverage. */
interface LoadSearch {
  best: Set<number>;
  upper: number;
  /** No plan with the coverage has a largest load below this. */
  proven: number;
  short: Set<number>[];
}

interface Solved {
  chosen: Set<number>;
  /** The solver proved this solution optimal. */
  proven: boolean;
}

/**
 * Lets the next run of the model take `seconds`. HiGHS measures the limit of
 * an LP against the run time the model has accumulated since its clocks were
 * last zeroed, not against that run alone: without zeroing, a relaxation late
 * in a week's planning stopped unsolved once the solves before it had used up
 * its limit (with a 2-s budget, after about one second).
 */
export function timeLimit(model: Model, seconds: number): void {
  model.zeroAllClocks();
  model.options.set({ time_limit: seconds });
}

/**
 * Run the model as it stands, offered `start` as a first solution (the solver
 * checks it and ignores it when it does not fit). Keeps `start` when the run
 * ends without a solution of its own.
 */
function runLevel(highs: Highs, model: Model, n: number, start: Set<number>, startLoad: number, deadline: number, enough = Infinity): Solved {
  const seconds = (deadline - performance.now()) / 1000;
  if (seconds <= 0) return { chosen: start, proven: false };
  timeLimit(model, seconds);
  const colValue = new Float64Array(n + 1);
  for (const t of start) colValue[t] = 1;
  colValue[n] = startLoad;
  model.setSolution({ colValue });
  const stopAt: HighsCallbackMap = {
    [highs.constants.callbackType.mipInterrupt]: (event) => {
      if ((event.data.mip_primal_bound ?? -Infinity) >= enough - 0.5) event.interrupt();
    },
  };
  const { modelStatus } = model.run(Number.isFinite(enough) ? stopAt : undefined);
  if (model.info.get("primal_solution_status") !== highs.constants.solutionStatus.feasible) return { chosen: start, proven: false };
  const x = model.getSolution().colValue;
  const chosen = new Set<number>();
  for (let t = 0; t < n; t++) if (x[t]! > 0.5) chosen.add(t);
  return { chosen, proven: modelStatus === highs.constants.modelStatus.optimal };
}

/**
 * An upper bound on max cost·x subject to the rows and lower ≤ x ≤ upper, from
 * any row multipliers y (weak LP duality: cost·x = y·Ax + (cost − yA)·x). The
 * solver's objective value holds only within its tolerances; this bound holds
 * for whatever y it returns, which is what a proof needs.
 */
export function dualBound(rows: Row[], y: ArrayLike<number>, cost: ArrayLike<number>, lower: ArrayLike<number>, upper: ArrayLike<number>): number {
  const reduced = Float64Array.from(cost);
  let bound = 0;
  rows.forEach((row, i) => {
    const v = y[i]!;
    // A multiplier against an infinite side would make the bound infinite; zero is as valid.
    const side = v > 0 ? row.upper : v < 0 ? row.lower : 0;
    if (!Number.isFinite(side)) return;
    bound += v * side;
    row.indices.forEach((j, k) => (reduced[j]! -= v * row.values[k]!));
  });
  for (let j = 0; j < reduced.length; j++) {
    const d = reduced[j]!;
    if (d !== 0) bound += Math.max(d * lower[j]!, d * upper[j]!);
  }
  return bound;
}

/**
 * Assign the requests to mediators, optimal for the lexicographic objective
 * in the module comment. Minutes (slots, booked, remaining) must be whole.
 * The plan comes within `timeLimitSeconds` of the call (the solver's first
 * loading aside), and by `until` (an instant, ms since the epoch) when that is
 * earlier.
 */
export async function planWeek(
  requests: PlanRequest[],
  mediators: PlanMediator[],
  opts: { timeZone?: string; timeLimitSeconds?: number; until?: number } = {},
): Promise<Plan> {
  const highs = await solver();
  const began = performance.now();
  // `until` (ms since the epoch, a clock all threads share) also counts the time before: a queue, the solver's loading.
  const limitMs = Math.max(0, Math.min((opts.timeLimitSeconds ?? DEFAULT_TIME_LIMIT_SECONDS) * 1000, opts.until === undefined ? Infinity : opts.until - Date.now()));
  /** When the last solve must end. */
  const deadline = began + limitMs - Math.min(SOLVER_OVERRUN_MS, limitMs / 10);
  /** Until when the current step may run: the proofs until the last step's share, the last step until the deadline. */
  let stepEnd = deadline - LAST_STEP_SHARE * limitMs;
  for (const m of mediators) {
    checkWhole(m.bookedMinutes, "booked");
    checkWhole(m.remainingMinutes, "remaining");
  }

  const triples = buildTriples(requests, mediators, opts.timeZone ?? TIME_ZONE);
  const floor = Math.max(0, ...mediators.map((m) => m.bookedMinutes));
  const maxLoad = (chosen: Iterable<number>) => Math.max(floor, ...loads(triples, chosen, mediators));
  let chosen = new Set<number>();
  let optimal = true;
  // Proven bounds (Plan.bounds): at most the requests with an option; no load below the floor.
  let coverBound = new Set(triples.map((t) => t.request)).size;
  let loadBound = floor;

  if (triples.length > 0) {
    const n = triples.length;
    const L = n;
    const top = Math.max(...loads(triples, triples.keys(), mediators).map((load, m) => Math.min(load, mediators[m]!.bookedMinutes + Math.max(0, mediators[m]!.remainingMinutes))), floor);
    const rows = [...conflictRows(triples, mediators), ...minuteRows(triples, mediators, L)];
    const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));
    const grain = [...triples.map((t) => t.minutes), ...mediators.map((m) => m.bookedMinutes)].reduce(gcd, 0) || 1;
    const starts = [0];
    for (const row of rows) starts.push(starts.at(-1)! + row.indices.length);
    const { maximize } = highs.constants.objectiveSense;
    const { integer, continuous } = highs.constants.variableType;
    const costs = (f: (t: Triple) => number, l: number) => Float64Array.from({ length: n + 1 }, (_, i) => (i < n ? f(triples[i]!) : l));
    const everything = { kind: "range", from: 0, to: n } as const;
    const allTriples = { kind: "range", from: 0, to: n - 1 } as const;
    const worst = new Map<number, number>();
    for (const t of triples) worst.set(t.request, Math.max(worst.get(t.request) ?? 0, t.cost));
    const weight = 1 + [...worst.values()].reduce((a, b) => a + b, 0);
    const weighted = costs((t) => weight - t.cost, 0);
    const model = highs.createModel({
      numCols: n + 1,
      numRows: rows.length,
      sense: maximize,
      colCost: weighted,
      colLower: new Float64Array(n + 1).fill(floor, n),
      colUpper: new Float64Array(n + 1).fill(1).fill(top, n),
      rowLower: rows.map((r) => r.lower),
      rowUpper: rows.map((r) => r.upper),
      matrix: { format: "csr", numRows: rows.length, numCols: n + 1, starts, indices: rows.flatMap((r) => r.indices), values: rows.flatMap((r) => r.values) },
      integrality: new Int32Array(n + 1).fill(integer),
    });
    try {
      model.options.set({ output_flag: false, mip_rel_gap: 0, mip_abs_gap: 0.5 });
      const untilStepEnd = () => Math.max(0, (stepEnd - performance.now()) / 1000);

      /** Runs `solve` under a load limit, with the limit's rounded capacity rows added for it (and given to it) and removed after. */
      const underLimit = <T>(limit: number, solve: (cuts: Row[]) => T): T => {
        model.changeColBounds(L, floor, limit);
        const cuts = roundedCapacityRows(triples, mediators, limit);
        for (const cut of cuts) model.addRow(cut.lower, cut.upper, { indices: cut.indices, values: cut.values });
        try {
          return solve(cuts);
        } finally {
          if (cuts.length > 0) model.deleteRows({ kind: "range", from: rows.length, to: rows.length + cuts.length - 1 });
        }
      };

      /**
       * The LP relaxation of the weighted objective with every load ≤ limit (and the limit's rounded
       * capacity rows): its solution, and the most requests a plan under that limit can cover (a
       * plan covering k requests is worth at least k·weight − (weight − 1)). Undefined when the LP
       * does not finish in time.
       */
      const relax = (limit: number): { x: Float64Array; coverable: number } | undefined =>
        underLimit(limit, (cuts) => {
          model.changeColsIntegrality(everything, new Int32Array(n + 1).fill(continuous));
          const all = [...rows, ...cuts];
          // HiGHS's presolve doubles the time of these LPs and removes little.
          timeLimit(model, untilStepEnd());
          model.options.set({ presolve: "off" });
          model.run();
          model.options.set({ presolve: "choose" });
          let relaxation: { x: Float64Array; coverable: number } | undefined;
          if (model.getModelStatus() === highs.constants.modelStatus.optimal) {
            const { colValue, rowDual } = model.getSolution();
            const lower = new Float64Array(n + 1).fill(floor, n);
            const upper = new Float64Array(n + 1).fill(1).fill(limit, n);
            // Whichever sign convention the solver's duals follow, one of the two is the tight bound.
            const bound = Math.min(dualBound(all, rowDual, weighted, lower, upper), dualBound(all, rowDual.map((v) => -v), weighted, lower, upper));
            relaxation = { x: colValue.slice(0, n), coverable: Math.floor((bound + weight - 1) / weight + 1e-7) };
          }
          model.changeColsIntegrality(everything, new Int32Array(n + 1).fill(integer));
          return relaxation;
        });

      /** The plan worth more by the weighted objective (coverage, then cost; not the load). */
      const better = (a: Set<number>, b: Set<number>) => ([...a].reduce((s, t) => s + weighted[t]!, 0) >= [...b].reduce((s, t) => s + weighted[t]!, 0) ? a : b);

      // The rows a plan fills, by triple: all but the load rows (with L), which `greedy` keeps by the limit.
      const rowsOf: { row: number; value: number }[][] = triples.map(() => []);
      rows.forEach((row, r) => {
        if (!row.indices.includes(L)) row.indices.forEach((t, k) => rowsOf[t]!.push({ row: r, value: row.values[k]! }));
      });
      const byCost = [...triples.keys()].sort((a, b) => triples[a]!.cost - triples[b]!.cost);

      /**
       * A plan under `limit` in a few milliseconds: the triples a relaxed solution put wholly on
       * first, then the others by their relaxed value, then the cheapest of the rest, each while it
       * fits. Stands in for the rounding MIP where that finds less: on a hard week it found no plan in
       * the time it had. (Offered to that MIP as its first solution instead, it sent HiGHS down a
       * slower path on another week.)
       */
      const greedy = (x: Float64Array, limit: number): Set<number> => {
        const chosen = new Set<number>();
        const filled = new Float64Array(rows.length);
        const load = mediators.map((m) => m.bookedMinutes);
        const fits = (t: number) =>
          load[triples[t]!.mediator]! + triples[t]!.minutes <= limit && rowsOf[t]!.every(({ row, value }) => filled[row]! + value <= rows[row]!.upper + 1e-9);
        const relaxed = [...x.keys()].filter((t) => x[t]! > 1e-6).sort((a, b) => x[b]! - x[a]!);
        for (const t of [...relaxed, ...byCost]) {
          if (chosen.has(t) || !fits(t)) continue;
          chosen.add(t);
          load[triples[t]!.mediator]! += triples[t]!.minutes;
          for (const { row, value } of rowsOf[t]!) filled[row]! += value;
        }
        return chosen;
      };

      /**
       * A plan under `limit` from a relaxed solution: each request the relaxation put wholly on one
       * triple stays there, a small MIP places the others. The solver's own heuristics take seconds
       * to find a plan this good on a large week; offered it, the full solve mostly has to prove.
       */
      const round = (x: Float64Array, limit: number): Set<number> => {
        const lower = new Float64Array(n);
        const upper = new Float64Array(n).fill(1);
        const decided = new Set<number>();
        x.forEach((v, t) => {
          if (v > 1 - 1e-6) decided.add(triples[t]!.request);
        });
        triples.forEach((t, i) => {
          if (!decided.has(t.request)) return;
          if (x[i]! > 1 - 1e-6) lower[i] = 1;
          else upper[i] = 0;
        });
        model.changeColsBounds(allTriples, lower, upper);
        model.changeColBounds(L, floor, limit);
        const plan = runLevel(highs, model, n, new Set(), floor, performance.now() + (deadline - performance.now()) / 4).chosen;
        model.changeColsBounds(allTriples, new Float64Array(n), new Float64Array(n).fill(1));
        return better(plan, greedy(x, limit));
      };

      /** Level 3 under a load limit: the most coverage, then the least cost. */
      const weighedUnder = (limit: number, start: Set<number>): Solved => underLimit(limit, () => runLevel(highs, model, n, start, maxLoad(start), deadline));
      /** The most coverage under a load limit (the objective must be the coverage), stopped once it reaches `enough`. */
      const coverageUnder = (limit: number, enough: number, start: Set<number>): Solved =>
        underLimit(limit, () => runLevel(highs, model, n, start, maxLoad(start), stepEnd, enough));

      /**
       * Level 2: the smallest largest load of a plan covering `covered` requests. Loads move in
       * steps of `grain` (every load is a booked value plus slot minutes, all multiples of it), so a
       * limit is optimal once no plan under limit − grain covers as much. `bisect` searches, from a
       * plan with that coverage: each probe is the relaxation under a limit (a bound: when it covers
       * less, no plan can) and a plan rounded from it. `proveLoad` then runs a coverage MIP under
       * limit − grain, stopped at the first plan reaching the coverage; when it finds one, the
       * bisection goes on with such MIPs, which are exact both ways. The direct MIP (min L subject
       * to coverage) has a relaxation that spreads L over everyone and took 10–12 s on weeks where
       * this takes a few.
       */
      const bisect = (covered: number, plan: Set<number>): LoadSearch => {
        const search: LoadSearch = { best: plan, upper: maxLoad(plan), proven: floor, short: [] };
        let lower = floor;
        while (search.upper - lower >= grain && performance.now() < stepEnd) {
          const probe = lower + Math.floor((search.upper - lower) / grain / 2) * grain;
          const relaxed = relax(probe);
          if (!relaxed) break;
          if (relaxed.coverable < covered) {
            lower = search.proven = probe + grain;
            continue;
          }
          const found = round(relaxed.x, probe);
          if (found.size >= covered) {
            search.best = found;
            search.upper = maxLoad(found);
          } else {
            lower = probe + grain; // a guess: the proof checks it
            search.short.push(found);
          }
        }
        return search;
      };
      /** Level 2 proven (or not, when the time runs out); `atLeast`: no plan with the coverage has a lower largest load. */
      const proveLoad = (covered: number, { best, upper, proven, short }: LoadSearch): Solved & { atLeast: number } => {
        model.changeColsCost(everything, costs(() => 1, 0));
        try {
          // Just below the load found first: mostly no plan is there, and that is the proof. Once a
          // plan is found there (the bisection guessed wrong), halfway down to the proven bound.
          let halve = false;
          for (;;) {
            if (upper - grain < proven) return { chosen: best, proven: true, atLeast: upper };
            const limit = halve ? proven + Math.floor((upper - grain - proven) / grain / 2) * grain : upper - grain;
            // A plan a probe found short of the coverage under that limit: the proof then only looks for more.
            const start = short.filter((p) => maxLoad(p) <= limit).reduce((a, b) => (b.size > a.size ? b : a), new Set<number>());
            const below = coverageUnder(limit, covered, start);
            if (below.chosen.size >= covered) {
              best = below.chosen;
              upper = maxLoad(best);
              halve = true;
            } else if (below.proven) proven = limit + grain;
            else return { chosen: best, proven: false, atLeast: proven };
          }
        } finally {
          model.changeColsCost(everything, weighted);
        }
      };

      // Level 1 bounded by the relaxation without a load limit. No load can be below the floor, so a
      // plan under it reaching that bound settles levels 1 and 2 at once, and its level-3 optimum
      // is the answer; when the relaxation under the floor already covers less, that solve is skipped.
      const atFloor = relax(floor);
      const open = relax(top);
      const coverable = open?.coverable ?? Infinity;
      coverBound = Math.min(coverBound, coverable);
      const third = atFloor && atFloor.coverable >= coverable ? weighedUnder(floor, round(atFloor.x, floor)) : undefined;
      if (third && third.chosen.size >= coverable) {
        chosen = third.chosen;
        optimal &&= third.proven;
      } else {
        // A fair plan first, the proofs after, so that a plan cut short by the time limit is already
        // fair: a rounded plan's coverage and the smallest load the bisection finds for it.
        // Without a relaxation in time, the cheapest options while they fit: a plan, however short the time.
        chosen = open ? round(open.x, top) : greedy(new Float64Array(n), top);
        if (third) chosen = better(chosen, third.chosen);
        let search = bisect(chosen.size, chosen);
        // Level 1 exactly: a plan reaching the bound proves it, else the MIP decides.
        let covered = coverable;
        if (chosen.size < covered) {
          model.changeColBounds(L, floor, top);
          model.changeColsCost(everything, costs(() => 1, 0));
          const first = runLevel(highs, model, n, search.best, search.upper, stepEnd);
          model.changeColsCost(everything, weighted);
          covered = first.chosen.size;
          optimal &&= first.proven;
          if (first.proven) coverBound = covered;
          if (covered > search.best.size) search = bisect(covered, first.chosen);
        }
        if (third && third.chosen.size >= covered) {
          chosen = third.chosen;
          optimal &&= third.proven;
        } else {
          // Level 2 proven, then level 3 under it.
          const second = proveLoad(covered, search);
          optimal &&= second.proven;
          loadBound = second.atLeast;
          const limit = maxLoad(second.chosen);
          stepEnd = deadline;
          const relaxed = relax(limit);
          const last = weighedUnder(limit, relaxed ? better(round(relaxed.x, limit), second.chosen) : second.chosen);
          chosen = last.chosen.size >= covered ? last.chosen : second.chosen;
          optimal &&= last.proven && last.chosen.size >= covered;
        }
      }
    } finally {
      model.dispose();
    }
  }

  const picked = [...chosen].map((t) => triples[t]!).sort((a, b) => a.request - b.request);
  const assigned = new Set(picked.map((t) => t.request));
  return {
    assignments: picked.map((t) => ({ requestId: requests[t.request]!.id, mediatorId: mediators[t.mediator]!.id, slotIndex: t.slot })),
    unassigned: requests.filter((_, r) => !assigned.has(r)).map((r) => r.id),
    objective: {
      covered: picked.length,
      maxLoadMinutes: mediators.length > 0 ? maxLoad(chosen) : 0,
      cost: picked.reduce((s, t) => s + t.cost, 0),
      travelMinutes: picked.reduce((s, t) => s + t.travel, 0),
      genderMisses: picked.filter((t) => t.genderMiss).length,
    },
    optimal,
    bounds: { covered: coverBound, maxLoadMinutes: loadBound },
    solveMs: performance.now() - began,
  };
}
