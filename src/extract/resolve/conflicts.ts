// Conflicts: figures from different articles that report the same quantity with different
// values. "The same quantity" = the same counted unit (with synonyms folded: troops = soldiers)
// about the same actors (their sentences name a common actor), within an order of magnitude.
import type { ConflictRow, FigureRow } from "../types.js";
import { pushTo } from "../util/groupBy.js";

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

interface Cluster {
  order: number;
  actorCounts: Map<string, number>;
  figures: FigureRow[];
  min: number;
  max: number;
}

export function findConflicts(
  figures: FigureRow[],
  actorName: (id: string) => string,
): ConflictRow[] {
  const byUnit = new Map<string, FigureRow[]>();
  for (const f of figures) {
    const key = unitKey(f.unit);
    pushTo(byUnit, key, f);
  }
  const conflicts: ConflictRow[] = [];
  for (const [unit, group] of byUnit) {
    // a figure joins the first cluster that shares an actor with it and stays within 10x of its values
    const clusters: Cluster[] = [];
    const byActor = new Map<string, Cluster[]>();
    for (const f of group) {
      const actors = f.actors ?? [];
      const candidates = new Set(actors.flatMap((a) => byActor.get(a) ?? []));
      const home = [...candidates]
        .sort((x, y) => x.order - y.order)
        .find((c) => Math.max(c.max, f.value) / Math.max(1e-9, Math.min(c.min, f.value)) < 10);
      const cluster = home ?? { order: clusters.length, actorCounts: new Map<string, number>(), figures: [], min: f.value, max: f.value };
      if (!home) clusters.push(cluster);
      cluster.figures.push(f);
      cluster.min = Math.min(cluster.min, f.value);
      cluster.max = Math.max(cluster.max, f.value);
      for (const a of new Set(actors)) {
        cluster.actorCounts.set(a, (cluster.actorCounts.get(a) ?? 0) + 1);
        if (cluster.actorCounts.get(a) === 1) pushTo(byActor, a, cluster);
      }
    }
    for (const c of clusters) {
      const articles = new Set(c.figures.map((f) => f.article));
      if (articles.size < 2 || c.min === c.max) continue;
      const shared = [...c.actorCounts].filter(([, n]) => n >= 2).map(([a]) => a);
      const about = shared.slice(0, 3).map(actorName).join(", ");
      conflicts.push({ subject: about ? `${unit} — ${about}` : unit, figures: c.figures.map((f) => f.id) });
    }
  }
  return conflicts;
}
