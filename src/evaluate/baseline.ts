// The libraries an analyst would reach for first, out of the box, as a predictor over re3d
// documents: compromise's people, places and organizations (actors) and values, money and
// percentages (figures), chrono-node's dates. `npm run eval -- FOLDER --baseline` scores it beside
// ours. compromise is a devDependency, loaded only here.
import type { GoldDocument } from "./re3d.js";
import type { Kind, PredictedSpan } from "./score.js";

type Offsets = Array<{ offset: { start: number; length: number } }>;
const spans = (matches: Offsets): PredictedSpan[] => matches.map((m) => ({ start: m.offset.start, end: m.offset.start + m.offset.length }));

/** A predictor of compromise + chrono-node (imported once, when asked for). */
export async function baselinePredictor(): Promise<(doc: GoldDocument) => Record<Kind, PredictedSpan[]>> {
  const chrono = await import("chrono-node");
  const nlp = (await import("compromise")).default;
  return (doc) => {
    const parsed = nlp(doc.text);
    const json = (view: { json(options: object): unknown }) => spans(view.json({ offset: true }) as Offsets);
    return {
      actors: [...json(parsed.people()), ...json(parsed.places()), ...json(parsed.organizations())],
      dates: chrono.parse(doc.text).map((r) => ({ start: r.index, end: r.index + r.text.length })),
      figures: json(parsed.match("(#Value|#Money|#Percent)+")),
    };
  };
}
