// The timeline page: every dated event (up to a limit the page stays quick with), the actors to
// filter them by, and the articles without a date.
import * as aq from "arquero";
import { tableOf, type PageContext } from "./context.js";
import { eventViews } from "./rows.js";

export const TIMELINE_EVENT_LIMIT = 5000;

export function timelinePage(ctx: PageContext) {
  const events = eventViews(ctx, TIMELINE_EVENT_LIMIT, 300);
  // the actors of the events shown, the most eventful first (ties: the first seen first)
  const actors = (
    tableOf(events.flatMap((e) => e.actors.map((a) => ({ id: a.id }))), ["id"])
      .derive({ row: () => aq.op.row_number() })
      .groupby("id")
      .rollup({ count: aq.op.count(), first: aq.op.min("row") })
      .orderby(aq.desc("count"), "first")
      .objects() as Array<{ id: string; count: number }>
  ).map(({ id, count }) => ({ ...ctx.actorRef(id), count }));
  return {
    events,
    undatedEvents: ctx.tables.events.filter((e) => !e.date).length,
    actors,
    undated: ctx.primary.filter((a) => !a.date).map((a) => ({ ...ctx.cite(a.id), file: a.file })),
  };
}
