// The timeline page: every dated event (up to a limit the page stays quick with), the range of
// the axis (the dense part of the dates: events outside it are listed beside the chart), the actors
// to filter them by, and the articles without a date.
import * as aq from "arquero";
import { tableOf, type PageContext } from "./context.js";
import { datedEvents, dayOf, denseRange, eventView } from "./views.js";

export const TIMELINE_EVENT_LIMIT = 5000;

export function timelinePage(ctx: PageContext) {
  const dated = datedEvents(ctx);
  const events = dated.slice(0, TIMELINE_EVENT_LIMIT).map((e) => eventView(ctx, e, 1000));
  // the actors of the events shown, the most eventful first (ties: the first seen first)
  const actors = (
    tableOf(
      events.flatMap((e) => e.actors.map((a) => ({ id: a.id }))),
      ["id"],
    )
      .derive({ row: () => aq.op.row_number() })
      .groupby("id")
      .rollup({ count: aq.op.count(), first: aq.op.min("row") })
      .orderby(aq.desc("count"), "first")
      .objects() as Array<{ id: string; count: number }>
  ).map(({ id, count }) => ({ ...ctx.actorRef(id), count }));
  return {
    /** Every dated event (the front page's count of them). */
    total: dated.length,
    events,
    range: denseRange(dated.map((e) => dayOf(e.date!))),
    undatedEvents: ctx.tables.events.filter((e) => !e.date && !ctx.isDuplicate(e.article)).length,
    actors,
    undated: ctx.primary.filter((a) => !a.date).map((a) => ({ ...ctx.cite(a.id), file: a.file })),
  };
}
