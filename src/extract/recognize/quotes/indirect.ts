// Reported speech where its reading is safe: "X said that …", "X told Y that …", "according to X, …"
// and "…, according to X." in a sentence without quotation marks. The span is what was said (the
// clause after "that" or beside "according to"); the speaker as written, resolved like a quote's. Pure.
import type { ActorMention, Sentence } from "../../types.js";
import { subjectBefore, namedBy, type Phrase } from "./speaker.js";

const REPORTING =
  "said|says|told|tells|added|adds|stated|states|announced|announces|warned|warns|explained|explains|argued|argues|claimed|claims|insisted|insists|noted|notes|acknowledged|acknowledges|admitted|admits|confirmed|confirms|denied|denies|stressed|stresses|reiterated|maintained|maintains|testified|predicted|predicts|suggested|suggests|wrote|writes";

export interface ReportedSpeech {
  start: number;
  end: number;
  speaker: Phrase;
}

function clause(text: string, from: number, to: number): [number, number] | null {
  const raw = text.slice(from, to);
  const s = from + (raw.length - raw.trimStart().length);
  const e = from + raw.replace(/[\s.;:!?]+$/, "").length;
  return e - s >= 12 && text.slice(s, e).split(/\s+/).length >= 3 ? [s, e] : null;
}

export function reportedSpeech(text: string, sentences: Sentence[], actors: ActorMention[]): ReportedSpeech[] {
  const out: ReportedSpeech[] = [];
  for (const s of sentences) {
    const body = text.slice(s.start, s.end);
    if (/[“”"]/.test(body)) continue;
    const opening = /^\s*According to\s+([^,;]{2,80}?),\s*/.exec(body);
    if (opening) {
      const from = s.start + opening.index + opening[0].indexOf(opening[1]);
      const who = namedBy(actors, text, from, from + opening[1].length);
      const span = clause(text, s.start + opening[0].length, s.end);
      if (who && span) out.push({ start: span[0], end: span[1], speaker: { start: who.start, end: who.end } });
      continue;
    }
    const closing = /,\s*according to\s+([^,;]{2,80}?)\s*[.!?]?\s*$/i.exec(body);
    if (closing) {
      const from = s.start + closing.index + closing[0].indexOf(closing[1]);
      const who = namedBy(actors, text, from, from + closing[1].length);
      const span = clause(text, s.start, s.start + closing.index);
      if (who && span) out.push({ start: span[0], end: span[1], speaker: { start: who.start, end: who.end } });
      continue;
    }
    const m = new RegExp(`\\b(${REPORTING})\\b((?:\\s+(?!that\\b)[\\p{L}.'’-]+){0,4}?)\\s+that\\s+`, "iu").exec(body);
    if (!m) continue;
    const verbAt = s.start + m.index;
    // "told Y that": Y is who heard it, a few words; "said on Monday that" likewise
    if (
      m[2] &&
      /\b(?:said|says|added|adds|stated|states)\b/i.test(m[1]) &&
      !/^\s+(?:on|in|at|last|this|earlier|later|late|yesterday|today|\p{Ll}+day)\b/iu.test(m[2])
    )
      continue;
    const speaker = subjectBefore(text, actors, s.start, verbAt);
    if (!speaker) continue;
    // the speaker must be the verb's subject in the sentence's first clause, not inside a relative clause
    if (/\b(?:who|which|whom|whose)\b[^,]*$/i.test(text.slice(s.start, speaker.start))) continue;
    const span = clause(text, s.start + m.index + m[0].length, s.end);
    if (span) out.push({ start: span[0], end: span[1], speaker });
  }
  return out;
}
