// The figures page: the conflicting reports grouped by subject, then every figure (the disputed
// ones first) up to a limit the page stays quick with.
import type { PageContext } from "./context.js";
import { conflictRows, figureView, onePerSourceAndValue, spreadOfValues } from "./views.js";
import { figureSubjects } from "./figureGroups.js";

/** Figures listed on the figures page at most. */
export const FIGURE_LIMIT = 5000;
/** Reports of one conflict listed at most: a spread of their values. */
export const CONFLICT_REPORT_LIMIT = 60;

export function figuresPage(ctx: PageContext) {
  const figures = ctx.tables.figures;
  const rows = conflictRows(ctx);
  const subjectOf = new Map<string, string>();
  for (const c of rows) for (const f of c.figures) subjectOf.set(f.id, c.subject);
  const conflicts = rows.map((c) => ({
    subject: c.subject,
    reportCount: c.figures.length,
    reports: spreadOfValues(onePerSourceAndValue(c.figures), CONFLICT_REPORT_LIMIT).map((f) => figureView(ctx, f)),
  }));
  const shown = [...figures.filter((f) => subjectOf.has(f.id)), ...figures.filter((f) => !subjectOf.has(f.id))].slice(0, FIGURE_LIMIT);
  const about = figureSubjects(ctx, shown);
  return {
    figures: shown.map((f) => {
      const actor = about.get(f.id);
      return { ...figureView(ctx, f), about: actor ? ctx.actorRef(actor) : null, conflict: subjectOf.get(f.id) ?? null };
    }),
    total: figures.length,
    conflicts,
  };
}
