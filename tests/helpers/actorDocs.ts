// An article for the actor resolver's tests: its text and the mentions of the named surfaces, found in
// order in the text.
import type { ActorMention } from "../../src/extract/types.js";

export function actorDoc(article: string, text: string, spans: Array<[string, ActorMention["type"]]>) {
  const mentions: ActorMention[] = [];
  let from = 0;
  for (const [surface, type] of spans) {
    const start = text.indexOf(surface, from);
    if (start < 0) throw new Error(`${surface} not in text`);
    mentions.push({ start, end: start + surface.length, text: surface, type });
    from = start + surface.length;
  }
  return { article, text, mentions };
}
