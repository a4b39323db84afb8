// Key figures: the figures grouped by what they count and the actor they are about, so that a group
// holds reports of one quantity ("US troops" about Niger), never unrelated sums that share a unit.
// - What a figure counts: its counted noun phrase, folded so that plurals and synonyms meet
//   ("US troops", "US soldiers"); money by its currency ("US dollars"), else its unit ("percent", "km").
// - The actor it is about: of the actors named in its sentence, the one named nearest to it (one
//   named before it counts as nearer: news writes "Merck will pay $53", "the US has 1,100 troops").
// - Figures of different stories never share a group: unrelated articles report unrelated sums.
// - Groups are ranked by how many sources (articles) report them, then by their number of reports.
import { group } from "d3-array";
import type { FigureRow } from "../extract/types.js";
import { unitKey } from "../extract/resolve/conflicts.js";
import type { ActorRef, PageContext } from "./context.js";

const CURRENCY_NAMES: Record<string, string> = {
  USD: "US dollars", EUR: "euros", GBP: "pounds sterling", JPY: "yen", CNY: "yuan", CHF: "Swiss francs",
  CAD: "Canadian dollars", AUD: "Australian dollars", INR: "rupees", RUB: "roubles", XOF: "CFA francs",
};

/** What a figure counts: a key that groups like with like, and a label to show. */
export function whatOf(f: Pick<FigureRow, "unit" | "counted">): { key: string; label: string } {
  if (/^[A-Z]{3}$/.test(f.unit)) return { key: `money:${f.unit}`, label: CURRENCY_NAMES[f.unit] ?? f.unit };
  if (f.counted) {
    const words = f.counted.trim().split(/\s+/);
    const head = unitKey(words[words.length - 1]);
    const qualifiers = words.slice(0, -1).map((w) => w.toLowerCase().replace(/\./g, ""));
    return { key: `count:${[...qualifiers, head].join(" ")}`, label: f.counted.trim() };
  }
  return { key: `unit:${unitKey(f.unit)}`, label: f.unit.toLowerCase() === f.unit ? f.unit : f.unit.toLowerCase() };
}

/** Per figure id, the actor it is about (see the module's comment), or null when its sentence names none. */
export function figureSubjects(ctx: PageContext, figures: readonly FigureRow[]): Map<string, string | null> {
  const wanted = new Set(figures.map((f) => f.article));
  const mentionsOf = group(
    ctx.tables.mentions.filter((m) => wanted.has(m.article)),
    (m) => m.article,
  );
  const out = new Map<string, string | null>();
  for (const f of figures) {
    const sentence = ctx.sentenceAt(f.article, f.start);
    let best: string | null = null;
    let bestDistance = Infinity;
    for (const m of mentionsOf.get(f.article) ?? []) {
      if (sentence && (m.start < sentence.start || m.end > sentence.end)) continue;
      if (!sentence && !(f.actors ?? []).includes(m.actor)) continue;
      if (m.start < f.end && m.end > f.start) continue; // inside the figure ("1,110 US troops")
      const distance = m.end <= f.start ? f.start - m.end : 1.5 * (m.start - f.end);
      if (distance < bestDistance) {
        bestDistance = distance;
        best = m.actor;
      }
    }
    out.set(f.id, best);
  }
  return out;
}

export interface FigureGroup {
  key: string;
  /** What the group's figures count ("US troops"). */
  what: string;
  /** The actor they are about, or null. */
  about: ActorRef | null;
  /** Articles (sources) reporting them. */
  sources: number;
  count: number;
  /** Its figures, one per distinct value and article at most, in citation order. */
  figures: FigureRow[];
}

/**
 * The figures grouped by what they count and whom they are about, the most widely reported first:
 * more sources, then more reports, then the first reported. Figures of duplicates are left out.
 */
export function figureGroups(ctx: PageContext, figures: readonly FigureRow[]): FigureGroup[] {
  const kept = figures.filter((f) => f.unit && !ctx.isDuplicate(f.article));
  const subjects = figureSubjects(ctx, kept);
  const groups = new Map<string, { what: Map<string, number>; about: string | null; figures: FigureRow[]; first: number }>();
  kept.forEach((f, i) => {
    const what = whatOf(f);
    const about = subjects.get(f.id) ?? null;
    const key = `${what.key}\0${about ?? ""}\0${ctx.storyOf(f.article) ?? ""}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { what: new Map(), about, figures: [], first: i }));
    g.what.set(what.label, (g.what.get(what.label) ?? 0) + 1);
    g.figures.push(f);
  });
  const number = (id: string) => ctx.numbers.get(id) ?? 0;
  return [...groups]
    .map(([key, g]) => {
      const seen = new Set<string>();
      const distinct = [...g.figures]
        .sort((a, b) => number(a.article) - number(b.article) || a.start - b.start)
        .filter((f) => {
          const k = `${f.article}\0${f.value}\0${f.max ?? ""}`;
          if (seen.has(k)) return false;
          seen.add(k);
          return true;
        });
      // the label most of its figures are written with (in a tie, the first)
      const what = [...g.what].sort((a, b) => b[1] - a[1])[0][0];
      return {
        key,
        what,
        about: g.about ? ctx.actorRef(g.about) : null,
        sources: new Set(g.figures.map((f) => f.article)).size,
        count: g.figures.length,
        figures: distinct,
        first: g.first,
      };
    })
    .sort((a, b) => b.sources - a.sources || b.count - a.count || a.first - b.first)
    .map(({ first: _first, ...g }) => g);
}
