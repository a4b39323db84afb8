// The actor recognizer's public API: load the trained model (the only I/O) and find person,
// organization and place mentions in an article — tagger first, then the rules (clean-up,
// gazetteer, acronyms, name propagation), then roles and nationality → country.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { ActorMention, ActorType, Sentence } from "../../types.js";
import { tokenize, type Token } from "../../segment/tokens.js";
import { caseView, lowercaseWords } from "./features.js";
import { CAPITALS, COUNTRY_NAMES, DEMONYMS, ORG_WORDS, REGIONS, TITLE_WORDS } from "./gazetteer.js";
import { headlinesAsRunningText } from "./headlines.js";
import { buildLexicons } from "./lexicons.js";
import { withNicknames } from "./nicknames.js";
import { byTemplate, fromJSON } from "./perceptron.js";
import { roleAfter, roleBefore, stripLeadingTitles, stripOfficeObject } from "./roles.js";
import {
  addAcronyms,
  addGazetteerMatches,
  cleanCandidates,
  firstNamesAsPersons,
  propagateNames,
  typeCompanies,
  unifyTypes,
  type Candidate,
} from "./rules.js";
import { typeByShape } from "./typing.js";
import { tagSentence, type ActorModel, type ActorModelJSON, type SpanLabel } from "./tagger.js";

export type { ActorModel, ActorModelJSON } from "./tagger.js";

/** Default model file: data/model/actors.json at the project root. */
export const DEFAULT_MODEL_PATH = fileURLToPath(new URL("../../../../data/model/actors.json", import.meta.url));

/** Builds a usable model from its JSON form. */
export function modelFromJSON(json: ActorModelJSON, origin = "actor model"): ActorModel {
  if (
    json?.format !== "actor-perceptron/1" ||
    !json.perceptron?.weights ||
    !Array.isArray(json.commonLower) ||
    !Array.isArray(json.lexicons?.places) ||
    !Array.isArray(json.lexicons?.givenNames) ||
    !Array.isArray(json.lexicons?.commonWords)
  )
    throw new Error(`${origin}: not an actor model (expected format "actor-perceptron/1" with lexicons); run \`npm run train\``);
  const perceptron = fromJSON(json.perceptron);
  return {
    perceptron,
    templates: byTemplate(perceptron.weights),
    commonLower: new Set(json.commonLower),
    lexicons: buildLexicons(json.lexicons),
  };
}

/** Reads the trained model (default: data/model/actors.json). */
export function loadActorModel(path: string = DEFAULT_MODEL_PATH): ActorModel {
  let raw: string;
  try {
    raw = readFileSync(path, "utf8");
  } catch (e) {
    throw new Error(`${path}: cannot read the actor model (${(e as Error).message}); run \`npm run train\``, { cause: e });
  }
  let json: ActorModelJSON;
  try {
    json = JSON.parse(raw);
  } catch (e) {
    throw new Error(`${path}: the actor model is not valid JSON (${(e as Error).message})`, { cause: e });
  }
  return modelFromJSON(json, path);
}

const PRONOUNS = new Set("i we you he she it they me us him her them this that these those who".split(" "));

/** Whether a candidate is only title words ("Secretary", "Foreign Minister"). */
function isTitleOnly(words: string[], c: Candidate): boolean {
  for (let i = c.a; i < c.b; i++) if (!TITLE_WORDS.has(words[i].toLowerCase()) && !/^(of|for|the)$/i.test(words[i])) return false;
  return true;
}

const REGIONS_SET = new Set(REGIONS);

const TYPE: Record<SpanLabel, ActorType> = { PER: "person", ORG: "organization", LOC: "place", NAT: "place" };

/**
 * Person, organization and place mentions of `text`, in order. `sentences` are the text's sentences
 * (splitSentences); `skip` are boilerplate ranges nothing may come from.
 */
/** Lowercase words naming a person's job that can stand right before a name ("chief executive Elon Musk"). */
const ROLE_NOUNS = new Set([
  "executive",
  "founder",
  "co-founder",
  "analyst",
  "economist",
  "lawyer",
  "spokesman",
  "spokeswoman",
  "spokesperson",
  "minister",
  "president",
  "secretary",
  "ambassador",
  "envoy",
  "commander",
  "chairman",
  "chairwoman",
  "director",
  "leader",
  "official",
  "senator",
  "governor",
  "mayor",
  "coach",
  "striker",
  "author",
  "actor",
  "actress",
  "singer",
  "rapper",
  "activist",
  "journalist",
  "reporter",
  "professor",
  "researcher",
  "scientist",
  "judge",
  "prosecutor",
  "general",
  "colonel",
  "captain",
]);

/**
 * A name of two or three title-case words after a lowercase job word ("chief executive Elon Musk",
 * "defence minister Ali Ahmed", "striker Harry Kane") names a person, whatever the tagger thought.
 */
function lowercaseRoleBefore(words: string[], a: number, b: number): boolean {
  if (a === 0 || b - a < 2 || b - a > 3) return false;
  const before = words[a - 1];
  if (!/^\p{Ll}/u.test(before) || !(ROLE_NOUNS.has(before) || TITLE_WORDS.has(before))) return false;
  return words.slice(a, b).every((w) => /^\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)?$/u.test(w));
}

export function recognizeActors(
  model: ActorModel,
  text: string,
  sentences: Sentence[],
  skip: Array<[number, number]> = [],
): ActorMention[] {
  const inSkip = (s: number, e: number) => skip.some(([a, b]) => s < b && a < e);
  const toks: Token[][] = sentences.map((s) => tokenize(text, s.start, s.end).filter((t) => !inSkip(t.start, t.end)));
  const written = headlinesAsRunningText(text, toks, model.lexicons);
  // the rules read stretches of capitals ("CAIRO", "ANDERSON COOPER:") in title case, as the tagger does
  const doc = written.map((words) => caseView(words).view);
  const docLower = lowercaseWords(written.flat());
  const common = (lw: string) => model.commonLower.has(lw) || docLower.has(lw);

  let cands: Candidate[] = [];
  written.forEach((words, sent) => {
    for (const s of tagSentence(model, words, { docLower })) cands.push({ sent, a: s.start, b: s.end, label: s.label, source: "model" });
  });
  cands = cleanCandidates(doc, cands, common, written);
  cands = addAcronyms(doc, cands);
  cands = propagateNames(doc, cands, common);
  cands = addGazetteerMatches(doc, cands);
  cands = unifyTypes(doc, cands);
  cands = firstNamesAsPersons(doc, cands);
  cands = typeByShape(doc, cands, model.lexicons);
  // "the Biden administration", "the Tinubu government": a leader's name naming the organization
  for (const c of cands) {
    const words = doc[c.sent];
    const name = words.slice(c.a, c.b).join(" ");
    if (c.label === "NAT" || c.label === "LOC" || COUNTRY_NAMES.has(name) || DEMONYMS.has(name) || REGIONS_SET.has(name)) continue;
    if (
      /^(?:administration|government|cabinet|campaign)$/.test(words[c.b] ?? "") &&
      !cands.some((o) => o !== c && o.sent === c.sent && o.a === c.b)
    ) {
      c.b++;
      c.label = "ORG";
    }
  }

  // a name with a personal title right before it, or an appositive role after it, is a person
  for (const c of cands) {
    if (c.label === "PER" || c.label === "NAT") continue;
    const words = doc[c.sent];
    const name = words.slice(c.a, c.b).join(" ");
    if (COUNTRY_NAMES.has(name) || REGIONS_SET.has(name) || CAPITALS.has(name) || ORG_WORDS.has(words[c.b - 1].toLowerCase())) continue;
    // "Secretary of State Victoria Nuland" read as one name "State Victoria Nuland": the office's object goes to the title
    const a = stripOfficeObject(words, c.a, c.b);
    if (a > c.a && /^\p{Lu}\p{Ll}/u.test(words[a]) && /^\p{Lu}\p{Ll}/u.test(words[c.b - 1])) {
      c.a = a;
      c.label = "PER";
      continue;
    }
    const titled = c.a > 0 && TITLE_WORDS.has(words[c.a - 1].toLowerCase()) && /^\p{Lu}/u.test(words[c.a - 1]);
    if (titled || roleAfter(words, c.b) || lowercaseRoleBefore(words, c.a, c.b)) c.label = "PER";
  }

  cands = typeCompanies(doc, cands);

  // roles of persons; title-only person spans that serve as someone's role are dropped
  const roles = new Map<Candidate, string>();
  const dropped = new Set<Candidate>();
  for (const c of cands) {
    if (c.label !== "PER") continue;
    const words = doc[c.sent];
    const ts = toks[c.sent];
    c.a = stripOfficeObject(words, c.a, c.b);
    const k = stripLeadingTitles(words, c.a, c.b);
    // a common word opening the sentence is not part of a role, unless it starts a name ("State Department")
    const commonAt = (i: number) => i === 0 && common(words[0].toLowerCase()) && !ORG_WORDS.has((words[1] ?? "").toLowerCase());
    const taken = (i: number) =>
      cands.some(
        (o) => o !== c && o.sent === c.sent && o.label === "PER" && o.b - o.a > 0 && i >= o.a && i < o.b && !isTitleOnly(words, o),
      );
    let role: [number, number] | null;
    if (k > c.a) {
      const before = roleBefore(words, c.a, commonAt, taken);
      role = [before ? before[0] : c.a, k];
      c.a = k;
    } else {
      role = roleBefore(words, c.a, commonAt, taken) ?? roleAfter(words, c.b);
    }
    if (!role) continue;
    let [ra] = role;
    const rb = role[1];
    while (ra < rb && /^(the|a|an)$/i.test(words[ra])) ra++;
    if (ra >= rb) continue;
    roles.set(c, text.slice(ts[ra].start, ts[rb - 1].end));
    for (const o of cands) if (o !== c && o.sent === c.sent && o.label === "PER" && o.a >= ra && o.b <= rb) dropped.add(o);
  }

  const mentions: ActorMention[] = [];
  for (const c of cands) {
    if (dropped.has(c)) continue;
    const ts = toks[c.sent];
    const start = ts[c.a].start;
    const end = ts[c.b - 1].end;
    if (inSkip(start, end)) continue;
    const surface = text.slice(start, end);
    // "us", but "US" is a country and "the WHO" an organization
    const acronym = surface.length > 1 && surface === surface.toUpperCase() && c.a > 0 && /^the$/i.test(doc[c.sent][c.a - 1]);
    if (PRONOUNS.has(surface.toLowerCase()) && !COUNTRY_NAMES.has(surface) && !acronym) continue;
    const m: ActorMention = { start, end, text: surface, type: TYPE[c.label] };
    const role = roles.get(c);
    if (role) m.role = role;
    const read = surface === surface.toUpperCase() ? doc[c.sent].slice(c.a, c.b).join(" ") : surface; // "EGYPT" → "Egypt"
    const country = DEMONYMS.get(read) ?? (c.label !== "PER" ? COUNTRY_NAMES.get(read) : undefined);
    if (country) {
      m.country = country;
      m.type = "place";
    }
    mentions.push(m);
  }
  // "Dubai-based", "Russian-born", "US-led": the place or nationality opening a compound word
  toks.forEach((ts) => {
    for (const t of ts) {
      const m = /^(\p{Lu}[\p{L}.]*)-\p{Ll}+$/u.exec(t.text);
      if (!m || mentions.some((o) => o.start < t.end && t.start < o.end)) continue;
      const name = m[1];
      const country = DEMONYMS.get(name) ?? COUNTRY_NAMES.get(name);
      if (!country && !CAPITALS.has(name) && !REGIONS_SET.has(name)) continue;
      const mention: ActorMention = { start: t.start, end: t.start + name.length, text: name, type: "place" };
      if (country) mention.country = country;
      mentions.push(mention);
    }
  });
  mentions.sort((x, y) => x.start - y.start || y.end - x.end);
  // no overlapping mentions: keep the first (longest at a start)
  const out: ActorMention[] = [];
  for (const m of mentions) if (!out.length || m.start >= out[out.length - 1].end) out.push(m);
  return withNicknames(text, out, model.lexicons);
}
