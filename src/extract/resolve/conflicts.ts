// Conflicts: figures from different articles that report the same quantity with values that
// cannot both be true. "The same quantity":
// - the same kind of figure, compared like with like: money only in the same currency (USD with
//   USD), "percent" apart from "percentage points", measures in one dimension converted to its
//   base unit (18,000 km2 with 7,000 sq mi), counts by their folded unit (troops = soldiers);
// - about the same actors (their sentences name a common actor), within an order of magnitude;
// - counted things with different named qualifiers are different things ("US troops" and
//   "French troops" never conflict).
// - reported at about the same time: articles dated more than MAX_DAYS_APART apart report a
//   quantity at different times (a price in 2016 and in 2022, troops in August and in November),
//   which is a change, not a disagreement; an undated article is compared with any.
// "Cannot both be true": their intervals do not meet. A bound is an open interval ("at least
// $100 million" agrees with "$345 million"), a range is its span ("15 to 20 percent" agrees with
// "18 percent"); approximate values are taken as written, so "roughly 1,110" and "about 1,000"
// troops still disagree. Measures converted from different units agree within 2% (rounding).
import type { ConflictRow, FigureRow } from "../types.js";
import { pushTo } from "../util/groupBy.js";
import { toBase } from "../recognize/figures/measures.js";
import { parseReferenceDate } from "../recognize/dates/index.js";
import { dayNumber } from "../util/days.js";

const UNIT_SYNONYMS: Record<string, string> = {
  soldier: "troops",
  soldiers: "troops",
  troop: "troops",
  troops: "troops",
  forces: "troops",
  personnel: "troops",
  "service members": "troops",
  servicemen: "troops",
  fighters: "fighters",
  people: "people",
  persons: "people",
  civilians: "people",
  usd: "USD",
  dollars: "USD",
};

/** The unit a count is about, folded so that synonyms and plurals compare equal. */
export function unitKey(unit: string): string {
  const u = unit.trim().toLowerCase();
  if (UNIT_SYNONYMS[u]) return UNIT_SYNONYMS[u];
  const last = u.split(/\s+/).pop() ?? u;
  if (UNIT_SYNONYMS[last]) return UNIT_SYNONYMS[last];
  return last.replace(/(?<=[^s])s$/, "");
}

/** What a figure is compared with: its kind of quantity, and its value in that kind's unit. */
export function comparable(f: Pick<FigureRow, "unit" | "value">): { key: string; factor: number } {
  if (/^[A-Z]{3}$/.test(f.unit)) return { key: f.unit, factor: 1 }; // an ISO 4217 currency
  if (f.unit === "percent" || f.unit === "percentage points" || f.unit === "times") return { key: f.unit, factor: 1 };
  const measure = toBase(f.unit, 1);
  if (measure) return { key: measure.dimension, factor: measure.value };
  return { key: unitKey(f.unit), factor: 1 };
}

/** Capitalized qualifiers of a counted phrase: "US troops" → {"US"}; "troops" → {}. */
function qualifiers(counted: string | undefined): Set<string> {
  if (!counted) return new Set();
  const words = counted.split(/\s+/).slice(0, -1);
  return new Set(words.filter((w) => /^[A-Z]/.test(w)).map((w) => w.replace(/\./g, "")));
}

interface Interval {
  low: number;
  high: number;
}

function intervalOf(f: FigureRow, factor: number): Interval {
  const value = f.value * factor;
  const max = (f.max ?? f.value) * factor;
  if (f.bound === "min") return { low: value, high: Infinity };
  if (f.bound === "max") return { low: -Infinity, high: max };
  return { low: value, high: max };
}

interface Member {
  figure: FigureRow;
  value: number;
  interval: Interval;
  qualifiers: Set<string>;
}

interface Cluster {
  order: number;
  /** The first and last day of its dated articles (days since 1970), or null while none is dated. */
  days: [number, number] | null;
  actorCounts: Map<string, number>;
  members: Member[];
  min: number;
  max: number;
  qualifiers: Set<string>;
}

const disjoint = (a: Set<string>, b: Set<string>) => a.size > 0 && b.size > 0 && ![...a].some((x) => b.has(x));

/** How far apart two values in different units may be and still be the same measure, rounded. */
const CONVERSION_ROUNDING = 0.02;

/** True when two members from different articles report values that cannot both hold. */
function disagree(members: Member[]): boolean {
  for (let i = 0; i < members.length; i++) {
    for (let j = i + 1; j < members.length; j++) {
      const a = members[i];
      const b = members[j];
      if (a.figure.article === b.figure.article) continue;
      // a value converted from another unit is rounded by its writer ("18,000 km2 (7,000 sq mi)")
      const slack = a.figure.unit === b.figure.unit ? 1 : 1 + CONVERSION_ROUNDING;
      if (a.interval.high * slack < b.interval.low || b.interval.high * slack < a.interval.low) return true;
    }
  }
  return false;
}

/** The most days apart two articles' reports of one quantity can be and still be compared. */
export const MAX_DAYS_APART = 31;

/** Days since 1970 of an article's ISO date, or null when it has none. */
const articleDay = (date: string | null): number | null => {
  const day = parseReferenceDate(date);
  return day ? dayNumber(day) : null;
};

/** True when a report of `day` (null: undated) can join reports spanning `days`. */
const sameTime = (days: [number, number] | null, day: number | null) =>
  day === null || days === null || (day - days[0] <= MAX_DAYS_APART && days[1] - day <= MAX_DAYS_APART);

/**
 * Conflicting figures, grouped by quantity. `articleDate` gives an article's date (ISO, or null when
 * it has none); without it every report counts as of the same time.
 */
export function findConflicts(
  figures: FigureRow[],
  actorName: (id: string) => string,
  articleDate: (article: string) => string | null = () => null,
): ConflictRow[] {
  const byKey = new Map<string, Member[]>();
  for (const f of figures) {
    const { key, factor } = comparable(f);
    pushTo(byKey, key, { figure: f, value: f.value * factor, interval: intervalOf(f, factor), qualifiers: qualifiers(f.counted) });
  }
  const conflicts: ConflictRow[] = [];
  for (const [key, group] of byKey) {
    // a figure joins the first cluster that shares an actor with it, names no other qualifier
    // ("US" vs "French"), was reported at about the same time and stays within 10x of its values
    const clusters: Cluster[] = [];
    const byActor = new Map<string, Cluster[]>();
    for (const member of group) {
      const actors = member.figure.actors ?? [];
      const day = articleDay(articleDate(member.figure.article));
      const candidates = new Set(actors.flatMap((a) => byActor.get(a) ?? []));
      const home = [...candidates]
        .sort((x, y) => x.order - y.order)
        .find(
          (c) =>
            !disjoint(c.qualifiers, member.qualifiers) &&
            sameTime(c.days, day) &&
            Math.max(c.max, member.value) / Math.max(1e-9, Math.min(c.min, member.value)) < 10,
        );
      const cluster: Cluster = home ?? {
        order: clusters.length,
        days: null,
        actorCounts: new Map<string, number>(),
        members: [],
        min: member.value,
        max: member.value,
        qualifiers: new Set<string>(),
      };
      if (!home) clusters.push(cluster);
      if (day !== null) cluster.days = cluster.days ? [Math.min(cluster.days[0], day), Math.max(cluster.days[1], day)] : [day, day];
      cluster.members.push(member);
      cluster.min = Math.min(cluster.min, member.value);
      cluster.max = Math.max(cluster.max, member.value);
      for (const q of member.qualifiers) cluster.qualifiers.add(q);
      for (const a of new Set(actors)) {
        cluster.actorCounts.set(a, (cluster.actorCounts.get(a) ?? 0) + 1);
        if (cluster.actorCounts.get(a) === 1) pushTo(byActor, a, cluster);
      }
    }
    for (const c of clusters) {
      if (!disagree(c.members)) continue;
      const shared = [...c.actorCounts].filter(([, n]) => n >= 2).map(([a]) => a);
      const about = shared.slice(0, 3).map(actorName).join(", ");
      const first = c.members[0].figure;
      const unit = toBase(first.unit, 1) ? first.unit : key; // a measure is named by its unit, not "area"
      conflicts.push({ subject: about ? `${unit} — ${about}` : unit, figures: c.members.map((m) => m.figure.id) });
    }
  }
  return conflicts;
}
