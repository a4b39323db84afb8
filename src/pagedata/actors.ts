// The actors page: every actor, the articles to filter them by, and the co-mention network of the
// most widely covered ones (the engine's `comentions` table).
import * as aq from "arquero";
import type { CoMentionRow } from "../extract/types.js";
import { tableOf, type PageContext } from "./context.js";
import { rankedActors } from "./views.js";
import { clip } from "./text.js";

/** Actors in the network, and links drawn at most. */
const NETWORK_ACTORS = 60;
const NETWORK_LINKS = 300;

export function actorsPage(ctx: PageContext) {
  const ranked = rankedActors(ctx);
  const actors = ranked.map((a) => ({
    ...a,
    /** The articles naming it, in citation order (the page shows their numbers). */
    articles: [...(ctx.actors.get(a.id)?.articles ?? [])].sort((x, y) => (ctx.numbers.get(x) ?? 0) - (ctx.numbers.get(y) ?? 0)),
  }));
  const top = new Set(actors.slice(0, NETWORK_ACTORS).map((a) => a.id));
  const links = tableOf(ctx.tables.comentions, ["source", "target", "sentences"])
    .filter(aq.escape((c: CoMentionRow) => top.has(c.source) && top.has(c.target)))
    .orderby(aq.desc("sentences"), "source", "target")
    .slice(0, NETWORK_LINKS)
    .rename({ sentences: "weight" })
    .objects() as Array<{ source: string; target: string; weight: number }>;
  return {
    actors,
    articles: ctx.articleTable
      .orderby("n")
      .objects()
      .map((a) => {
        const row = a as { id: string; title: string; file: string; source: string | null };
        return { cite: row.id, title: clip(row.title || row.file, 80), source: row.source };
      }),
    network: {
      nodes: actors
        .filter((a) => top.has(a.id))
        .map(({ id, name, type, href, mentions, articleCount }) => ({ id, name, type, href, mentions, articleCount })),
      links,
    },
  };
}
