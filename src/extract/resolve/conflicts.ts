// Conflicts: figures from different articles that report the same quantity with different
// values. "The same quantity" = the same counted unit (with synonyms folded: troops = soldiers)
// about the same actors (their sentences name a common actor), within an order of magnitude.
import type { ConflictRow, FigureRow } from "../types.js";

const UNIT_SYNONYMS: Record<string, string> = {
  soldier: "troops", soldiers: "troops", troop: "troops", troops: "troops", forces: "troops",
  personnel: "troops", "service members": "troops", servicemen: "troops", fighters: "fighters",
  people: "people", persons: "people", civilians: "people", usd: "USD", dollars: "USD",
};

/** The unit a figure counts, folded so that synonyms and plurals compare equal. */
export function unitKey(unit: string): string {
  const u = unit.trim().toLowerCase();
  if (UNIT_SYNONYMS[u]) return UNIT_SYNONYMS[u];
  const last = u.split(/\s+/).pop() ?? u;
  if (UNIT_SYNONYMS[last]) return UNIT_SYNONYMS[last];
  return last.replace(/(?<=[^s])s$/, "");
}

export function findConflicts(
  figures: FigureRow[],
  actorName: (id: string) => string,
): ConflictRow[] {
  const byUnit = new Map<string, FigureRow[]>();
  for (const f of figures) {
    const key = unitKey(f.unit);
    byUnit.set(key, [...(byUnit.get(key) ?? []), f]);
  }
  const conflicts: ConflictRow[] = [];
  for (const [unit, group] of byUnit) {
    // group figures that share an actor; a figure joins the first cluster it fits
    const clusters: Array<{ actors: Set<string>; figures: FigureRow[] }> = [];
    for (const f of group) {
      const actors = new Set(f.actors ?? []);
      const home = clusters.find(
        (c) => [...actors].some((a) => c.actors.has(a)) && c.figures.every((g) => Math.max(g.value, f.value) / Math.max(1e-9, Math.min(g.value, f.value)) < 10),
      );
      if (home) {
        home.figures.push(f);
        for (const a of actors) home.actors.add(a);
      } else clusters.push({ actors, figures: [f] });
    }
    for (const c of clusters) {
      const articles = new Set(c.figures.map((f) => f.article));
      const values = new Set(c.figures.map((f) => f.value));
      if (articles.size < 2 || values.size < 2) continue;
      const shared = [...c.actors].filter((a) => c.figures.filter((f) => f.actors?.includes(a)).length >= 2);
      const about = shared.slice(0, 3).map(actorName).join(", ");
      conflicts.push({ subject: about ? `${unit} — ${about}` : unit, figures: c.figures.map((f) => f.id) });
    }
  }
  return conflicts;
}
