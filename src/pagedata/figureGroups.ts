// Key figures: the figures grouped by what they count and the actor they are about, so that a group
// holds reports of one quantity ("US troops" about Niger), never unrelated sums that share a unit.
// - What a figure counts: its counted noun phrase, folded so that plurals and synonyms meet
//   ("US troops", "US soldiers"); money by its currency ("US dollars"), else its unit ("percent", "km").
// - The actor it is about: of the actors named in its sentence, the one its story names most (the
//   story's main actors, in their order); none when its sentence names none of them.
// - Figures of different stories never share a group: unrelated articles report unrelated sums. A
//   figure whose sentence names no actor joins the group of the same count in its story, if any.
// - Groups are ranked by how many sources (articles) report them, then by their number of reports.
import type { FigureRow } from "../extract/types.js";
import { pushTo } from "../extract/util/groupBy.js";
import { unitKey } from "../extract/resolve/conflicts.js";
import type { ActorRef, PageContext } from "./context.js";

const CURRENCY_NAMES: Record<string, string> = {
  USD: "US dollars",
  EUR: "euros",
  GBP: "pounds sterling",
  JPY: "yen",
  CNY: "yuan",
  CHF: "Swiss francs",
  CAD: "Canadian dollars",
  AUD: "Australian dollars",
  INR: "rupees",
  RUB: "roubles",
  XOF: "CFA francs",
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

/**
 * Per figure id, the actor it is about: of the actors its sentence names, the one that ranks
 * highest among its story's main actors; null when it names none of them (it is then about its
 * story as a whole).
 */
export function figureSubjects(ctx: PageContext, figures: readonly FigureRow[]): Map<string, string | null> {
  const mainActors = new Map((ctx.tables.stories ?? []).map((s) => [s.id, s.actors]));
  const out = new Map<string, string | null>();
  // an article's figures are mostly consecutive: its story's main actors looked up once per run of them
  let article: string | undefined;
  let main: readonly string[] = [];
  for (const f of figures) {
    if (f.article !== article) {
      const story = ctx.storyOf((article = f.article));
      main = (story && mainActors.get(story)) || [];
    }
    const named = f.actors ?? [];
    out.set(f.id, (named.length ? main.find((a) => named.includes(a)) : undefined) ?? null);
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
 * more sources, then more reports, then the first reported (the first `limit` of them). Figures of
 * duplicates are left out.
 */
export function figureGroups(ctx: PageContext, figures: readonly FigureRow[], limit = Infinity): FigureGroup[] {
  const kept = figures.filter((f) => f.unit && !ctx.isDuplicate(f.article));
  const subjects = figureSubjects(ctx, kept);
  // `articles`: the articles its figures come from (its sources), kept as figures join it
  const groups = new Map<
    string,
    { what: Map<string, number>; about: string | null; figures: FigureRow[]; articles: Set<string>; first: number }
  >();
  // what a figure counts depends on its unit and counted phrase only: once per pair (they repeat across thousands of figures)
  const whats = new Map<string, { key: string; label: string }>();
  let article: string | undefined;
  let story = "";
  kept.forEach((f, i) => {
    const whatKey = `${f.unit}\0${f.counted ?? ""}`;
    let what = whats.get(whatKey);
    if (!what) whats.set(whatKey, (what = whatOf(f)));
    const about = subjects.get(f.id) ?? null;
    if (f.article !== article) story = ctx.storyOf((article = f.article)) ?? "";
    const key = `${what.key}\0${about ?? ""}\0${story}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { what: new Map(), about, figures: [], articles: new Set(), first: i }));
    g.what.set(what.label, (g.what.get(what.label) ?? 0) + 1);
    g.figures.push(f);
    g.articles.add(f.article);
  });
  // a figure whose sentence names no actor is about what its story counts so: it joins the group
  // of the same count in the same story that most sources report, when there is one
  const byCount = new Map<string, string[]>();
  for (const [key, g] of groups) if (g.about) pushTo(byCount, key.replace(/\0[^\0]*\0/, "\0\0"), key);
  for (const [key, g] of [...groups]) {
    if (g.about) continue;
    // the candidates by their sources now (a merge adds to them), most first; in a tie, the first reported
    const candidates = (byCount.get(key) ?? []).map((k) => ({ g: groups.get(k)!, sources: groups.get(k)!.articles.size }));
    const home = candidates.sort((a, b) => b.sources - a.sources || a.g.first - b.g.first)[0]?.g;
    if (!home) continue;
    home.figures.push(...g.figures);
    for (const article of g.articles) home.articles.add(article);
    for (const [label, n] of g.what) home.what.set(label, (home.what.get(label) ?? 0) + n);
    home.first = Math.min(home.first, g.first);
    groups.delete(key);
  }
  const number = (id: string) => ctx.numbers.get(id) ?? 0;
  // ranked first, and only the groups asked for made (the front page shows a few of thousands)
  return [...groups]
    .map(([key, g]) => ({ key, g, sources: g.articles.size }))
    .sort((a, b) => b.sources - a.sources || b.g.figures.length - a.g.figures.length || a.g.first - b.g.first)
    .slice(0, limit)
    .map(({ key, g, sources }) => {
      const seen = new Set<string>();
      // in citation order (each figure's number looked up once, not at each comparison)
      const distinct = g.figures
        .map((f, i) => ({ f, n: number(f.article), i }))
        .sort((a, b) => a.n - b.n || a.f.start - b.f.start || a.i - b.i)
        .map(({ f }) => f)
        .filter((f) => {
          const k = `${f.article}\0${f.value}\0${f.max ?? ""}`;
          if (seen.has(k)) return false;
          seen.add(k);
          return true;
        });
      // the label most of its figures are written with (in a tie, the first)
      const what = [...g.what].sort((a, b) => b[1] - a[1])[0][0];
      return { key, what, about: g.about ? ctx.actorRef(g.about) : null, sources, count: g.figures.length, figures: distinct };
    });
}
