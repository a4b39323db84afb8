// Quoted and reported speech, and who said it. Quotes (“…”) are whole (`direct`) or short phrases
// woven into someone's sentence (`partial`); titles of programmes, books and films are not quotes,
// nor are scare quotes nobody is credited with. The speaker comes from the quote's own clause
// (speaker.ts); a quote that opens its sentence with nobody credited continues the speaker of the
// quote before it in the paragraph, or of a sentence introducing it ("Miller said:"). A pronoun or
// role speaker ("he said", "the ministry said") keeps its words in `speakerText` and points
// `actorStart`/`actorEnd` at the mention it refers to (referents.ts). Reported speech ("X said that
// …", "according to X, …") is `indirect` (indirect.ts). Pure.
import type { ActorMention, QuoteMention, Sentence } from "../../types.js";
import { innerOf, isGloss, isNickname, isTitle, kindOf, NICKNAME_IN_NAME, quotedSpans, wordCount } from "./spans.js";
import {
  PRONOUN_SPEAKERS,
  TITLES,
  leadInSpeaker,
  mainSubject,
  namedBy,
  speakerAfter,
  speakerAtEnd,
  speakerBefore,
  type Phrase,
} from "./speaker.js";
import { datelineCountry, gendersOf, referentOf, type ReferentContext } from "./referents.js";
import { reportedSpeech } from "./indirect.js";
import { FRAMING_VERBS, PARTICIPLES, VERB } from "./verbs.js";
import { touchesAny } from "../../util/ranges.js";
import { personByName, singleName } from "./names.js";

export { reportedSpeech } from "./indirect.js";

const sentenceAt = (sentences: Sentence[], pos: number) => sentences.find((s) => s.start <= pos && pos < s.end);

/** The mention a speaker phrase stands for: itself when it is one, else what it refers to. */
function actorFor(ctx: ReferentContext, p: Phrase): ActorMention | undefined {
  const own = ctx.actors.find((a) => a.start === p.start && a.end === p.end) ?? namedBy(ctx.actors, ctx.text, p.start, p.end);
  if (own) return fullNameFor(ctx.text, ctx.actors, own);
  const name = singleName(ctx.text, p.start, p.end);
  const referent = (name ? personByName(ctx.actors, name, p.start, ctx.text) : undefined) ?? referentOf(ctx, p.start, p.end);
  return referent && fullNameFor(ctx.text, ctx.actors, referent);
}

/**
 * One name alone ("Gonzalez said", "Steve called it") as a reader takes it: the person written in full
 * with that name ("Juan Miguel Gonzalez"), when there is one (names.ts); the mention itself otherwise.
 */
function fullNameFor(text: string, actors: ActorMention[], m: ActorMention): ActorMention {
  if (m.type !== "person" || /\s/.test(m.text.trim())) return m;
  const name = singleName(m.text, 0, m.text.length);
  return (name && personByName(actors, name, m.start, text)) || m;
}

/**
 * The sentence a quote stands in: its first sentence, and where its sentence (or line) starts and ends;
 * a quote right after a full stop that follows the quote before (`…,” said Coto. ”He is …”`) opens a
 * sentence of its own, whatever the sentence splitter made of wire copy's marks.
 */
function sentenceAround(text: string, sentences: Sentence[], start: number, end: number, previousEnd = -1) {
  const first = sentenceAt(sentences, start);
  const last = sentenceAt(sentences, Math.max(start, end - 1)) ?? first;
  const lineEnd = text.indexOf("\n", end);
  const opened = first && previousEnd > first.start && previousEnd <= start && /[.!?]["”’']*\s+$/.test(text.slice(previousEnd, start));
  const closesSentence = last && last.end === end;
  return {
    first,
    sentenceStart: opened ? start : (first?.start ?? text.lastIndexOf("\n", start - 1) + 1),
    sentenceEnd: pastTitles(
      text,
      sentences,
      last && last.end > end ? last.end : closesSentence ? creditEnd(text, sentences, last) : lineEnd < 0 ? text.length : lineEnd,
    ),
  };
}

/** A title's full stop (or a nickname's) ending a sentence that goes on with the name ("…,” said Spc. | Lorraine Walsh, …", "John “J.D.” | Dorrian"). */
const ENDS_WITH_TITLE = new RegExp(`\\b(?:${TITLES})\\.$|${NICKNAME_IN_NAME}$`);

/** Where a sentence ending at `end` really ends: past the sentences a title's full stop cut off. */
function pastTitles(text: string, sentences: Sentence[], end: number): number {
  let at = end;
  while (ENDS_WITH_TITLE.test(text.slice(Math.max(0, at - 30), at))) {
    const next = sentences.find((s) => s.start >= at && /^[ \t]+$/.test(text.slice(at, s.start)));
    if (!next) break;
    at = next.end;
  }
  return at;
}

/** A sentence that only credits a quote: a short subject and a speech verb, then nothing said ("…, during a news conference."). */
const CREDIT_SENTENCE = new RegExp(
  `^\\s*(?:\\S+\\s+){0,5}?(?:${VERB})\\b(?:\\s*[.,;!?]|\\s+(?:during|in|at|on|to(?=\\s+(?:(?:the|a|an|reporters|journalists|him|her|them|us|me)\\b|\\p{Lu}))|from|after|before|when|while|as|yesterday|today|earlier|later|last|\\p{Lu}\\p{Ll}+day)\\b)`,
  "u",
);

/**
 * Where the credit of a quote that closes its sentence may run: into the next sentence of its line only
 * when that sentence goes on in lower case ("”. he said") or is a credit alone ("Albright exclaimed."),
 * never into the next sentence's own report (“…a home run.” USAF officials said that …).
 */
function creditEnd(text: string, sentences: Sentence[], last: Sentence): number {
  const next = sentences[sentences.indexOf(last) + 1];
  if (!next || text.slice(last.end, next.start).includes("\n")) return last.end;
  const body = text.slice(next.start, next.end);
  return /^\s*\p{Ll}/u.test(body) || CREDIT_SENTENCE.test(body) ? next.end : last.end;
}

/**
 * The speaker of the quote before, when this one goes on: in the same paragraph, or opening the next
 * paragraph right after a paragraph that ends with that quote and its credit ("…,” Castro said.).
 */
function continuedSpeaker(text: string, previous: QuoteMention | undefined, start: number): Phrase | null {
  if (!previous || previous.speakerStart === undefined) return null;
  const gap = text.slice(previous.end, start);
  const speaker = { start: previous.speakerStart, end: previous.speakerEnd! };
  if (!/\n\s*\n/.test(gap)) return gap.trim().length < 200 ? speaker : null;
  const [before, ...after] = gap.split(/\n\s*\n/);
  return after.length === 1 && !after[0].trim() && before.trim().length < 80 && !/[“"”]/.test(before) ? speaker : null;
}

/** The speaker of a sentence introducing the quote: "Miller said:" at the end of the previous sentence or paragraph. */
function introducingSpeaker(
  text: string,
  sentences: Sentence[],
  actors: ActorMention[],
  first: Sentence | undefined,
  start: number,
): Phrase | null {
  if (!first || !/^\s*$/.test(text.slice(first.start, start))) return null;
  const idx = sentences.indexOf(first);
  const prev = idx > 0 ? sentences[idx - 1] : undefined;
  if (!prev || !/:\s*$/.test(text.slice(prev.start, start)) || text.slice(prev.end, start).includes("\n\n\n")) return null;
  // "The Task Force Commander, Lt. Gen. X, provided the following statement:": the sentence's subject, the person its first name only qualifies
  return speakerBefore(text, actors, prev.start, prev.end) ?? mainSubject(text, actors, prev.start, prev.end);
}

/**
 * The one a quote with no credit at all goes with: the person (or he, she) opening the sentence right before
 * it in its paragraph, a sentence without quotes of its own ("Mr. Trump was blunt. “We are going to win.”").
 */
function sceneSpeaker(ctx: ReferentContext, first: Sentence | undefined, start: number, end: number, sentenceEnd: number): Phrase | null {
  const { text, sentences, actors } = ctx;
  if (!first || text.slice(first.start, start).trim() || text.slice(end, sentenceEnd).trim()) return null;
  const prev = sentences[sentences.indexOf(first) - 1];
  if (!prev || /\n/.test(text.slice(prev.end, start)) || /[“”"]|''/.test(text.slice(prev.start, prev.end))) return null;
  const subject = mainSubject(text, actors, prev.start, prev.end);
  if (!subject || text.slice(prev.start, subject.start).trim().split(/\s+/).filter(Boolean).length > 2) return null;
  const mention = actors.find((a) => a.start === subject.start);
  // "The Corsair was discontinued.": one word named after an article is a thing (a product, a work), no speaker
  if (mention && !/\s/.test(mention.text.trim()) && /\b(?:the|a|an)\s+$/i.test(text.slice(prev.start, subject.start))) return null;
  return mention?.type === "person" || /^(?:he|she)$/i.test(text.slice(subject.start, subject.end)) ? subject : null;
}

/**
 * A quote closing its sentence right before a sentence that a person opens to credit the next quote
 * ("“How can it go away?” Martin Keller remembered asking, “It is …”"): that person, named nearer than any before.
 */
function nextSentenceSpeaker(ctx: ReferentContext, end: number, sentenceEnd: number): Phrase | null {
  const { text, sentences, actors } = ctx;
  if (text.slice(end, sentenceEnd).trim()) return null;
  const next = sentences.find((s) => s.start >= end);
  if (!next || /\n/.test(text.slice(end, next.start))) return null;
  const person = actors.find((a) => a.start === next.start && a.type === "person");
  if (!person || !/^(?:\s+\p{Ll}+){1,3}\s*[,:]\s*[“"]/u.test(text.slice(person.end, next.end))) return null;
  return { start: person.start, end: person.end };
}

/**
 * Whether the words before a short partial quote frame it as someone's ("called the actions", "described
 * it as", "Clark said the hair has a “high likelihood” of …"): a framing or speech verb before it in its
 * sentence (dashed asides left out), not a passive naming ("was called", "…, dubbed Cuba's “boy hero”"),
 * and the quote not an epithet set beside a name ("…of Elian Gonzalez, the “boy martyr”").
 */
function framedBy(before: string, framing: RegExp): boolean {
  const near = before.replace(/\s(?:--|—)[^—]*?(?:--|—)\s/g, " ");
  if (/\p{Lu}[\p{L}'’-]*,\s+(?:the|a|an)\s+(?:[\p{L}'’-]+\s+){0,2}$/u.test(near)) return false;
  const words = near.trim().split(/\s+/);
  const at = words.map((w) => framing.test(w.replace(/[,.;:]$/, ""))).lastIndexOf(true);
  if (at < 0) return false;
  const prior = words[at - 1] ?? "";
  if (/^(?:is|was|were|are|be|been|being|often|commonly)$/i.test(prior)) return false;
  return !(/,$/.test(prior) && /^(?:dubbed|termed|labell?ed|branded)$/i.test(words[at]));
}

/** A quote that is a sentence of its own, ended by a stop, right after a quote of the same paragraph ("… he said. “Zero.”"). */
function wholeSentenceAfter(
  text: string,
  previous: QuoteMention | undefined,
  start: number,
  end: number,
  sentenceStart: number,
  sentenceEnd: number,
): boolean {
  if (!previous || /\n\s*\n/.test(text.slice(previous.end, start))) return false;
  return (
    !text.slice(sentenceStart, start).trim() && !text.slice(end, sentenceEnd).trim() && /[.!?]$/.test(innerOf(text, start, end).trim())
  );
}

/** Gives `quote` its speaker phrase and the actor that phrase stands for. */
function credit(quote: QuoteMention, ctx: ReferentContext, phrase: Phrase): QuoteMention {
  quote.speakerText = ctx.text.slice(phrase.start, phrase.end);
  quote.speakerStart = phrase.start;
  quote.speakerEnd = phrase.end;
  const actor = actorFor(ctx, phrase);
  if (actor) {
    quote.actorStart = actor.start;
    quote.actorEnd = actor.end;
    ctx.credited?.add(actor.start).add(phrase.start);
  }
  return quote;
}

/**
 * The patterns quotedSpeech reads a quote's clause with, made once (their sources are constant; made
 * per article they cost more than the clause tests): a framing verb alone ("said", "calling"), a
 * verb of saying introducing the quote ("said: "), one after it (", he said").
 */
const SPEECH_FRAMES = {
  framing: new RegExp(`^(?:${[...FRAMING_VERBS, ...PARTICIPLES, ...VERB.split("|")].join("|")})$`, "i"),
  introduced: new RegExp(`\\b(?:${VERB})\\s*[,:]\\s*$`, "i"),
  saidAfter: new RegExp(`^[,!?]?”?\\s*[,—–-]?\\s*(?:${VERB})\\b|^[,!?]”?\\s*\\S+(?:\\s+\\S+){0,3}\\s+(?:${VERB})\\b`, "i"),
};

/** Quotes in quotation marks: direct ones, and partial ones (a phrase quoted inside reported speech). */
function quotedSpeech(ctx: ReferentContext): QuoteMention[] {
  const { text, sentences, actors } = ctx;
  const quotes: QuoteMention[] = [];
  let previous: QuoteMention | undefined;
  const { framing, introduced, saidAfter: saidAfterPattern } = SPEECH_FRAMES;
  for (const [i, [start, end]] of ctx.quoted.entries()) {
    const inner = innerOf(text, start, end);
    const { first, sentenceStart, sentenceEnd } = sentenceAround(text, sentences, start, end, ctx.quoted[i - 1]?.[1]);
    const kind = kindOf(text, start, end, sentenceStart);
    const after = text.slice(end, sentenceEnd);
    // a title in title case ("Fox News Sunday", "The Art of the Deal") unless someone is said to say it
    // a comma inside the marks ("“Hallelujah,” Albright exclaimed") stands for one after them
    const saidAfter = saidAfterPattern.test(
      after.trim() ? (/[,!?]$/.test(inner.trim()) && !/^[,!?]/.test(after) ? `,${after}` : after) : "",
    );
    // "Mr. Chaffetz replied, “Absolutely.”" and "“They found nothing,” he said. “Zero.”": a word said, no title
    const alone = wholeSentenceAfter(text, previous, start, end, sentenceStart, sentenceEnd);
    const spoken = alone || introduced.test(text.slice(sentenceStart, start));
    if (isTitle(inner) && !spoken && !(saidAfter && /[,!?]\s*$/.test(inner + after.slice(0, 1)))) continue;
    if (isGloss(text, start, end)) continue;

    const creditAfter = speakerAfter(text, actors, end, sentenceEnd);
    const inClause = creditAfter ?? speakerBefore(text, actors, sentenceStart, start);
    // a credit after the quote, in its sentence, credits a short phrase too ("There is “no way” …, Perez said.")
    const atEnd = creditAfter ?? (inClause ? null : speakerAtEnd(text, actors, end, sentenceEnd));
    const fromClause = inClause ?? atEnd;
    const phrase =
      fromClause ??
      leadInSpeaker(text, actors, sentenceStart, start) ??
      continuedSpeaker(text, previous, start) ??
      introducingSpeaker(text, sentences, actors, first, start) ??
      (kind === "direct" && wordCount(inner) >= 2
        ? (nextSentenceSpeaker(ctx, end, sentenceEnd) ?? sceneSpeaker(ctx, first, start, end, sentenceEnd))
        : null);
    const short = wordCount(inner) < 4;
    // a short phrase is a quote only when its own clause credits someone with it ("called it “a sham”"),
    // or, a whole sentence, when it goes on from a quote before (“We are friends.”)
    const sentenceLike = kind === "direct" && /[.!?]$/.test(inner.trim()) && (wordCount(inner) >= 2 || alone);
    const credited = fromClause && (kind === "partial" ? framedBy(text.slice(sentenceStart, start), framing) || saidAfter || atEnd : true);
    if (short && !credited && !(sentenceLike && phrase)) continue;
    if (!phrase && kind === "partial" && short) continue;

    const quote: QuoteMention = { start, end, text: text.slice(start, end), kind, speakerText: null };
    quotes.push(phrase ? credit(quote, ctx, phrase) : quote);
    previous = quote;
  }
  return quotes;
}

export function recognizeQuotes(
  text: string,
  sentences: Sentence[],
  actors: ActorMention[],
  skip: Array<[number, number]> = [],
): QuoteMention[] {
  const spans = quotedSpans(text, skip).filter(([s, e]) => !isNickname(text, s, e));
  const ctx: ReferentContext = {
    text,
    sentences,
    actors,
    quoted: spans,
    genders: gendersOf(text, actors),
    credited: new Set(),
    home: datelineCountry(text),
  };
  const quotes = quotedSpeech(ctx);
  // reported speech (“X said that …”), where no quote or skipped text overlaps it; a title in marks may
  // stand in it ("Jobs said that the “Lion” release will …")
  const titles = spans.filter(([s, e]) => (isTitle(innerOf(text, s, e)) || isGloss(text, s, e)) && !quotes.some((q) => q.start === s));
  const marks = spans.filter((sp) => !titles.includes(sp));
  for (const r of reportedSpeech(text, sentences, actors, titles)) {
    if (touchesAny(marks, r.start, r.end) || touchesAny(skip, r.start, r.end)) continue;
    const quote: QuoteMention = { start: r.start, end: r.end, text: text.slice(r.start, r.end), kind: "indirect", speakerText: null };
    quotes.push(credit(quote, ctx, r.speaker));
  }
  return quotes.sort((a, b) => a.start - b.start);
}

export { PRONOUN_SPEAKERS };
