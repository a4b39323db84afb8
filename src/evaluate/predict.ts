// Runs the extraction pipeline over a labelled document and returns its spans per scored kind.
import type { Article } from "../extract/types.js";
import type { ActorModel } from "../extract/recognize/actors/index.js";
import { extractArticle } from "../extract/pipeline.js";
import type { GoldDocument } from "./re3d.js";
import type { Kind, PredictedSpan } from "./score.js";

export function asArticle(doc: GoldDocument): Article {
  return { id: doc.id, file: `${doc.source}/${doc.id}`, title: doc.title, date: null, dateSource: "none", source: doc.source, text: doc.text, boilerplate: [], hash: doc.id };
}

export function predictSpans(model: ActorModel, doc: GoldDocument): Record<Kind, PredictedSpan[]> {
  const x = extractArticle(asArticle(doc), model);
  return { actors: x.actors, dates: x.dates, figures: x.figures };
}
