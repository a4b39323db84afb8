// Quoted and reported speech, and who said it. Quotes (“…”) are whole (`direct`) or short phrases
// woven into someone's sentence (`partial`); titles of programmes, books and films are not quotes,
// nor are scare quotes nobody is credited with. The speaker comes from the quote's own clause
// (speaker.ts); a quote that opens its sentence with nobody credited continues the speaker of the
// quote before it in the paragraph, or of a sentence introducing it ("Miller said:"). A pronoun or
// role speaker ("he said", "the ministry said") keeps its words in `speakerText` and points
// `actorStart`/`actorEnd` at the mention it refers to (referents.ts). Reported speech ("X said that
// …", "according to X, …") is `indirect` (indirect.ts). Pure.
import type { ActorMention, QuoteMention, Sentence } from "../../types.js";
import { isTitle, kindOf, quotedSpans, wordCount } from "./spans.js";
import { PRONOUN_SPEAKERS, namedBy, speakerAfter, speakerBefore, type Phrase } from "./speaker.js";
import { gendersOf, referentOf, type ReferentContext } from "./referents.js";
import { reportedSpeech } from "./indirect.js";
import { FRAMING_VERBS, VERB } from "./verbs.js";

export { reportedSpeech } from "./indirect.js";

const sentenceAt = (sentences: Sentence[], pos: number) => sentences.find((s) => s.start <= pos && pos < s.end);

/** The mention a speaker phrase stands for: itself when it is one, else what it refers to. */
function actorFor(ctx: ReferentContext, p: Phrase): ActorMention | undefined {
  const own = ctx.actors.find((a) => a.start === p.start && a.end === p.end) ?? namedBy(ctx.actors, ctx.text, p.start, p.end);
  if (own) return own;
  return referentOf(ctx, p.start, p.end);
}

export function recognizeQuotes(
  text: string,
  sentences: Sentence[],
  actors: ActorMention[],
  skip: Array<[number, number]> = [],
): QuoteMention[] {
  const spans = quotedSpans(text, skip);
  const ctx: ReferentContext = { text, sentences, actors, quoted: spans, genders: gendersOf(text, actors) };
  const quotes: QuoteMention[] = [];
  let previous: QuoteMention | undefined;
  const framing = new RegExp(`\\b(?:${[...FRAMING_VERBS, ...VERB.split("|")].join("|")}|as)\\b`, "i");

  for (const [start, end] of spans) {
    const inner = text.slice(start + 1, end - 1);
    const first = sentenceAt(sentences, start);
    const last = sentenceAt(sentences, Math.max(start, end - 1)) ?? first;
    const sentenceStart = first?.start ?? text.lastIndexOf("\n", start - 1) + 1;
    const lineEnd = text.indexOf("\n", end);
    const sentenceEnd = last && last.end > end ? last.end : lineEnd < 0 ? text.length : lineEnd;
    const kind = kindOf(text, start, end, sentenceStart);
    const after = text.slice(end, sentenceEnd);
    // a title in title case ("Fox News Sunday", "The Art of the Deal") unless someone is said to say it
    const saidAfter = new RegExp(`^[,!?]?”?\\s*[,—–-]?\\s*(?:${VERB})\\b|^[,!?]”?\\s*\\S+(?:\\s+\\S+){0,3}\\s+(?:${VERB})\\b`, "i").test(
      after.trim() ? after : "",
    );
    if (isTitle(inner) && !(saidAfter && /[,!?]\s*$/.test(inner + after.slice(0, 1)))) continue;

    let phrase = speakerAfter(text, actors, end, sentenceEnd) ?? speakerBefore(text, actors, sentenceStart, start);
    const fromClause = !!phrase;
    if (!phrase && previous && previous.speakerStart !== undefined) {
      // a quote that goes on in the same paragraph
      const gap = text.slice(previous.end, start);
      if (gap.trim().length < 200 && !gap.includes("\n\n")) {
        phrase = { start: previous.speakerStart, end: previous.speakerEnd! };
      }
    }
    if (!phrase && first && /^\s*$/.test(text.slice(first.start, start))) {
      // a sentence introducing it: "Miller said:" at the end of the previous sentence or paragraph
      const idx = sentences.indexOf(first);
      const prev = idx > 0 ? sentences[idx - 1] : undefined;
      if (prev && /:\s*$/.test(text.slice(prev.start, start)) && !text.slice(prev.end, start).includes("\n\n\n")) {
        const subject = actors.find((a) => a.start >= prev.start && a.end <= prev.end && a.type !== "place");
        const p = speakerBefore(text, actors, prev.start, prev.end) ?? (subject ? { start: subject.start, end: subject.end } : null);
        if (p) phrase = p;
      }
    }
    const short = wordCount(inner) < 4;
    // a short phrase is a quote only when its own clause credits someone with it ("called it “a sham”")
    if (short && !(fromClause && (kind === "partial" ? framing.test(text.slice(sentenceStart, start)) || saidAfter : true))) continue;
    if (!phrase && kind === "partial" && short) continue;

    const quote: QuoteMention = { start, end, text: text.slice(start, end), kind, speakerText: null };
    if (phrase) {
      quote.speakerText = text.slice(phrase.start, phrase.end);
      quote.speakerStart = phrase.start;
      quote.speakerEnd = phrase.end;
      const actor = actorFor(ctx, phrase);
      if (actor) {
        quote.actorStart = actor.start;
        quote.actorEnd = actor.end;
      }
    }
    quotes.push(quote);
    previous = quote;
  }

  for (const r of reportedSpeech(text, sentences, actors)) {
    if (spans.some(([s, e]) => r.start < e && s < r.end) || skip.some(([s, e]) => r.start < e && s < r.end)) continue;
    const quote: QuoteMention = {
      start: r.start,
      end: r.end,
      text: text.slice(r.start, r.end),
      kind: "indirect",
      speakerText: text.slice(r.speaker.start, r.speaker.end),
      speakerStart: r.speaker.start,
      speakerEnd: r.speaker.end,
    };
    const actor = actorFor(ctx, r.speaker);
    if (actor) {
      quote.actorStart = actor.start;
      quote.actorEnd = actor.end;
    }
    quotes.push(quote);
  }
  return quotes.sort((a, b) => a.start - b.start);
}

export { PRONOUN_SPEAKERS };
