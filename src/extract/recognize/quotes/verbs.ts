// The words that introduce speech, shared by the quote finder and reported speech. Pure data.
import { FULL_MONTH_SOURCE, WEEKDAY_SOURCE } from "../dates/lexicon.js";

/** Finite speech verbs ("X said", "said X"). */
export const SPEECH_VERBS = `said says say told tells added adds stated states declared declares warned warns announced announces
  explained explains noted notes insisted insists wrote writes asked asks replied replies argued argues claimed claims
  continued continues emphasized emphasised stressed stresses urged urges acknowledged acknowledges admitted admits
  recalled recalls observed remarked conceded concedes suggested suggests predicted predicts complained complains
  tweeted tweets posted commented comments countered responded responds maintained maintains promised vowed cautioned
  reiterated reiterates confirmed confirms denied denies testified testifies insisted pointed
  exclaimed joked quipped shouted instructed answered quoted`.split(/\s+/);

/** Verbs of saying that credit quoted words but whose "that" opens no report of what was said ("asked that he leave", "urged that"). */
const CREDIT_ONLY = new Set(
  "asked asks urged urges instructed quoted posted tweeted tweets shouted exclaimed joked quipped answered continued continues pointed".split(
    " ",
  ),
);

/** Verbs that report what was said in reported speech only ("X revealed that …", "the paper reported that …"). */
const REPORT_ONLY = "revealed reveals disclosed discloses asserted asserts contended contends emphasizes reported reports".split(" ");

/** Verbs that report what was said in a clause of its own ("X said that …", "X replied that …"): the speech verbs that take one, and REPORT_ONLY. */
export const REPORTING_VERBS = [...SPEECH_VERBS.filter((v) => !CREDIT_ONLY.has(v)), ...REPORT_ONLY];

/** Participles that carry the main clause's subject ("Trump aimed at Obama, saying …"). */
export const PARTICIPLES =
  "saying adding noting telling calling describing warning arguing insisting explaining stressing declaring writing asking urging claiming stating commenting announcing".split(
    " ",
  );

/** Verbs that frame a short quoted phrase ("called the actions “unethical”", "described it as “difficult”"). */
export const FRAMING_VERBS =
  "called calls calling described describes describing termed terms labelled labeled labels dubbed branded denounced dismissed condemned condemning accused accuses accusing".split(
    " ",
  );

/** Writings that speak for whoever issued them ("the statement said", "a letter from Boeing", "an accompanying statement warned"). */
export const WRITINGS = "statement|letter|memo|release|communiqu[eé]|message|e-?mail|report|opinion";

/**
 * Between a writing's issuer and the writing's word, a source for a RegExp: a possessive and up to two
 * words in lower case before the space ("Defense Department news release", "DoD's statement").
 */
export const ISSUER_TO_WRITING = "(?:[’']s)?(?:\\s+\\p{Ll}[\\p{Ll}-]*){0,2}\\s+";

/** When a writing came out, after its participle: "yesterday", "on Friday", "late Friday", "last week", "on May 3". */
const ISSUED_WHEN = `(?:\\s+(?:on|late|early|earlier|last|this|in))?\\s+(?:${WEEKDAY_SOURCE}|${FULL_MONTH_SOURCE}(?:\\s+\\d{1,2})?|yesterday|today|week|month|night|morning|afternoon|evening)`;

/**
 * A participle clause after a writing's word, a source for a RegExp: "issued yesterday", "released on
 * Friday", "published late Monday" (who issued it is written before the word, or after "by").
 */
export const WRITING_ISSUED = `(?:\\s+(?:issued|released|published|distributed|circulated|posted)(?:${ISSUED_WHEN}){0,2})`;

/** A writing as a whole speaker phrase: "the statement", "an accompanying statement", "the company's letter" is not one (a name in it). */
export const WRITING_SPEAKER = new RegExp(`^(?:the|a|an)\\s+(?:\\p{Ll}[\\p{Ll}-]*\\s+)?(${WRITINGS})${WRITING_ISSUED}?$`, "iu");

const alternation = (words: string[]) =>
  words
    .slice()
    .sort((a, b) => b.length - a.length)
    .join("|");
export const VERB = alternation([...new Set(SPEECH_VERBS)]);
/** REPORTING_VERBS as a RegExp alternation, longest first. */
export const REPORTING = alternation([...new Set(REPORTING_VERBS)]);
export const ANY_VERB = alternation([...new Set([...SPEECH_VERBS, ...PARTICIPLES, ...FRAMING_VERBS])]);
