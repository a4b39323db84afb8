// The quotes page: who said what, in the articles that are not duplicates.
import type { PageContext } from "./context.js";
import { actorHref } from "./routes.js";
import { clip, quoteBody } from "./text.js";

export function quotesPage(ctx: PageContext) {
  return ctx.tables.quotes
    .filter((q) => !ctx.isDuplicate(q.article))
    .map((q) => {
      const speaker = ctx.speaker(q.speaker);
      return {
        text: clip(quoteBody(q.text), 800),
        // direct (a whole quote), partial (a phrase quoted inside reported speech), indirect (reported, no quotation marks)
        kind: q.kind,
        speaker: speaker?.name ?? q.speaker ?? null,
        speakerHref: speaker ? actorHref(speaker.id) : null,
        // an unnamed speaker as the article describes them ("one U.S. official")
        speakerText: speaker ? null : (q.speakerText ?? null),
        ...ctx.cite(q.article, q.start),
      };
    });
}
