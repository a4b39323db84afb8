// Runs the extraction pipeline over a labelled document and returns its spans per scored kind.
import type { Article, DateMention } from "../extract/types.js";
import type { ActorModel } from "../extract/recognize/actors/index.js";
import { extractArticle } from "../extract/pipeline.js";
import type { GoldDocument } from "./re3d.js";
import type { Kind, PredictedSpan } from "./score.js";

export function asArticle(doc: GoldDocument): Article {
  return {
    id: doc.id,
    file: `${doc.source}/${doc.id}`,
    title: doc.title,
    date: null,
    dateSource: "none",
    source: doc.source,
    text: doc.text,
    boilerplate: [],
    hash: doc.id,
  };
}

/**
 * Our dates in re3d's Temporal scheme. re3d marks dates, times, durations and recurrences but not
 * TimeML's symbolic references to the present, past or future ("now", "currently", "the future",
 * PRESENT_REF/PAST_REF/FUTURE_REF): those are left out of re3d scoring, everything else is kept.
 */
export function re3dTemporal<T extends Pick<DateMention, "value">>(dates: T[]): T[] {
  return dates.filter((d) => !(d.value && /_REF$/.test(d.value)));
}

export function predictSpans(
  model: ActorModel,
  doc: GoldDocument,
): Record<Kind, PredictedSpan[]> & { actors: Array<PredictedSpan & { type: string }> } {
  const x = extractArticle(asArticle(doc), model);
  return { actors: x.actors, dates: re3dTemporal(x.dates), figures: x.figures };
}
