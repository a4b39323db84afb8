// Finds quoted speech and the text of whoever it is attributed to.
// Attribution looks, in order, at the words right after the quote ("…,” said X" / "…,” X said"),
// the words before it in the same sentence ("X said: “…”", "according to X"), and for a quote that
// continues a paragraph, the speaker of the quote before it.
import type { ActorMention, QuoteMention, Sentence } from "../types.js";

const OPEN = "“\"";
const SPEECH_VERBS =
  "said|says|say|told|tells|added|adds|stated|states|declared|declares|warned|warns|announced|announces|explained|explains|noted|notes|insisted|insists|wrote|writes|asked|asks|replied|replies|argued|argues|described|describes|claimed|claims|continued|continues|emphasized|stressed|urged|urges|according to";
const AFTER_VERB_FIRST = new RegExp(`^[\\s,]*(?:${SPEECH_VERBS})\\s+(.{1,120}?)(?=[,;:!?\\n]|\\.?\\s*$)`, "i");
const AFTER_SPEAKER_FIRST = new RegExp(`^[\\s,]*(.{1,80}?)\\s+(?:${SPEECH_VERBS})\\b`, "i");
const BEFORE = new RegExp(`(?:^|[.;!?]\\s+|\\n)([^.;!?\\n“"]{1,160}?)\\s+(?:${SPEECH_VERBS})(?:\\s+(?:that|it|him|her|them|reporters|NBC News|the \\w+))?\\s*[:,]?\\s*$`, "i");

/** Quoted spans: “…” pairs, and straight-quote pairs on the same paragraph. */
function findQuotedSpans(text: string, skip: Array<[number, number]>): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  const re = /“([^”]{2,}?)”|"([^"\n]{2,}?)"/g;
  for (let m; (m = re.exec(text)); ) {
    const start = m.index;
    const end = m.index + m[0].length;
    if (skip.some(([s, e]) => start < e && s < end)) continue;
    spans.push([start, end]);
  }
  return spans;
}

const PRONOUNS = /^(he|she|they|we|i)$/i;

function wordCount(s: string): number {
  return s.split(/\s+/).filter(Boolean).length;
}

/**
 * The actor a speaker phrase names: a person inside it ("Miller, the State Department spokesman"),
 * or an actor that is the whole phrase ("the State Department"), but not an actor that only
 * qualifies a common noun ("one U.S. official").
 */
function namedBy(actors: ActorMention[], text: string, from: number, to: number): ActorMention | undefined {
  const inside = actors.filter((a) => a.start >= from && a.end <= to);
  const person = inside.find((a) => a.type === "person");
  if (person) return person;
  const phrase = text.slice(from, to).trim().replace(/^(?:the|a|an|one|two|three|several|some)\s+/i, "").replace(/[\s,.]+$/, "");
  return inside.find((a) => a.text === phrase);
}

function lastPersonBefore(actors: ActorMention[], pos: number): ActorMention | undefined {
  let best: ActorMention | undefined;
  for (const a of actors) if (a.type === "person" && a.end <= pos) best = a;
  return best;
}

export function recognizeQuotes(
  text: string,
  sentences: Sentence[],
  actors: ActorMention[],
  skip: Array<[number, number]> = [],
): QuoteMention[] {
  const quotes: QuoteMention[] = [];
  const spans = findQuotedSpans(text, skip);
  let previous: QuoteMention | undefined;
  for (const [start, end] of spans) {
    const inner = text.slice(start + 1, end - 1);
    // Scare quotes ("frank and difficult") are kept as quotes only when attributed.
    const short = wordCount(inner) < 4;
    // what follows the quote, up to the end of its sentence ("U.S." does not end it)
    const holder = sentences.find((s) => s.start < end && end <= s.end);
    const lineEnd = text.indexOf("\n", end);
    const afterEnd = holder && holder.end > end ? holder.end : lineEnd < 0 ? text.length : lineEnd;
    const after = text.slice(end, Math.min(afterEnd, end + 160));
    const lineStart = text.lastIndexOf("\n", start - 1) + 1;
    const before = text.slice(Math.max(lineStart, start - 200), start);
    let speakerStart: number | undefined;
    let speakerEnd: number | undefined;

    const setSpeaker = (absStart: number, absEnd: number) => {
      const mention = namedBy(actors, text, absStart, absEnd);
      if (mention) {
        speakerStart = mention.start;
        speakerEnd = mention.end;
      } else {
        const raw = text.slice(absStart, absEnd);
        const lead = raw.length - raw.trimStart().length;
        speakerStart = absStart + lead;
        speakerEnd = absStart + raw.trimEnd().length;
      }
    };

    let m = AFTER_VERB_FIRST.exec(after);
    if (m) {
      const offset = end + m.index + m[0].length - m[1].length;
      setSpeaker(offset, offset + m[1].length);
    } else if ((m = AFTER_SPEAKER_FIRST.exec(after)) && wordCount(m[1]) <= 8) {
      const offset = end + m.index + m[0].indexOf(m[1]);
      setSpeaker(offset, offset + m[1].length);
    } else if ((m = BEFORE.exec(before))) {
      const offset = start - before.length + m.index + m[0].indexOf(m[1]);
      // speaker is usually the end of the clause before the verb: "Nuland described the conversation as"
      setSpeaker(offset, offset + m[1].length);
    } else if (previous && previous.speakerText && text.slice(previous.end, start).trim().length < 200 && !text.slice(previous.end, start).includes("\n\n")) {
      speakerStart = previous.speakerStart;
      speakerEnd = previous.speakerEnd;
    } else {
      // "Nuland described the conversation as “quite difficult”": the sentence's subject.
      const sentence = sentences.find((s) => s.start <= start && start < s.end);
      const verb = sentence ? /\b(?:described|called|termed|labell?ed|denounced|dismissed)\b[^“"]*$/i.exec(text.slice(sentence.start, start)) : null;
      if (sentence && verb) {
        const verbAt = sentence.start + verb.index;
        const before = actors.filter((a) => a.start >= sentence.start && a.end <= verbAt);
        const mention = before[before.length - 1];
        if (mention) {
          speakerStart = mention.start;
          speakerEnd = mention.end;
        }
      }
    }
    let speakerText = speakerStart !== undefined ? text.slice(speakerStart, speakerEnd) : null;
    if (speakerText && PRONOUNS.test(speakerText.trim())) {
      const antecedent = lastPersonBefore(actors, start);
      if (antecedent) {
        speakerStart = antecedent.start;
        speakerEnd = antecedent.end;
        speakerText = antecedent.text;
      }
    }
    if (short && !speakerText) continue;
    const quote: QuoteMention = { start, end, text: text.slice(start, end), speakerText };
    if (speakerText) {
      quote.speakerStart = speakerStart;
      quote.speakerEnd = speakerEnd;
    }
    quotes.push(quote);
    previous = quote;
  }
  return quotes;
}
