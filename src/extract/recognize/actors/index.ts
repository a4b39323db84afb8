// The actor recognizer's public API: load the trained model (the only I/O) and find person,
// organization and place mentions in an article — tagger first, then the rules (clean-up,
// gazetteer, acronyms, name propagation), then roles and nationality → country.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { ActorMention, Sentence } from "../../types.js";
import { tokenize, type Token } from "../../segment/tokens.js";
import { caseView, lowercaseWords } from "./features.js";
import { headlinesAsRunningText } from "./headlines.js";
import { withNicknames } from "./nicknames.js";
import { fromJSON } from "./perceptron.js";
import { assembleModel } from "./modelBinary.js";
import { keepModel, keptModel } from "./modelCache.js";
import type { ActorCandidate } from "./rules.js";
import { tagSentence, type ActorModel, type ActorModelJSON } from "./tagger.js";
import { touchesAny } from "../../util/ranges.js";
import { ACTOR_PASSES, type ActorDocument } from "./passes.js";
import { assignRoles } from "./personRoles.js";
import { candidateMentions, compoundPlaces, withoutOverlaps } from "./mentions.js";

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
  return assembleModel(fromJSON(json.perceptron), json.commonLower, json.lexicons);
}

/**
 * Reads the trained model (default: data/model/actors.json): from the binary form kept of that
 * very file when there is one (modelCache.ts), else from its JSON, keeping its binary form.
 */
export function loadActorModel(path: string = DEFAULT_MODEL_PATH): ActorModel {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    throw new Error(`${path}: cannot read the actor model (${(e as Error).message}); run \`npm run train\``, { cause: e });
  }
  const kept = keptModel(bytes);
  if (kept) return kept;
  let json: ActorModelJSON;
  try {
    json = JSON.parse(bytes.toString("utf8"));
  } catch (e) {
    throw new Error(`${path}: the actor model is not valid JSON (${(e as Error).message})`, { cause: e });
  }
  const model = modelFromJSON(json, path);
  keepModel(bytes, json);
  return model;
}

/**
 * Person, organization and place mentions of `text`, in order. `sentences` are the text's sentences
 * (splitSentences); `skip` are boilerplate ranges nothing may come from. The tagger's spans go
 * through ACTOR_PASSES (passes.ts), then persons' roles (personRoles.ts), then mentions (mentions.ts).
 */
export function recognizeActors(
  model: ActorModel,
  text: string,
  sentences: Sentence[],
  skip: Array<[number, number]> = [],
): ActorMention[] {
  const tokens: Token[][] = sentences.map((s) => tokenize(text, s.start, s.end).filter((t) => !touchesAny(skip, t.start, t.end)));
  const written = headlinesAsRunningText(text, tokens, model.lexicons);
  const docLower = lowercaseWords(written.flat());
  // the rules read stretches of capitals ("CAIRO", "ANDERSON COOPER:") in title case, as the tagger does: one view of each sentence for both
  const cased = written.map(caseView);
  const doc: ActorDocument = {
    words: cased.map((c) => c.view),
    written,
    common: (lower) => model.commonLower.has(lower) || docLower.has(lower),
    lexicons: model.lexicons,
  };
  let candidates: ActorCandidate[] = written.flatMap((words, sentence) =>
    tagSentence(model, words, { docLower }, cased[sentence]).map((s): ActorCandidate => ({
      sentence,
      start: s.start,
      end: s.end,
      label: s.label,
      source: "model",
    })),
  );
  for (const pass of ACTOR_PASSES) candidates = pass.run(doc, candidates);
  const roles = assignRoles(text, doc, tokens, candidates);
  const mentions = candidateMentions(text, doc.words, tokens, candidates, roles, skip);
  return withNicknames(text, withoutOverlaps([...mentions, ...compoundPlaces(tokens, mentions)]), model.lexicons);
}
