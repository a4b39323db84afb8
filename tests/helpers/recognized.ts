// What the actor recognizer reads in a text alone (no joins): its mentions, and each as [text, type].
import { recognizeActors, type ActorModel } from "../../src/extract/recognize/actors/index.js";
import { splitSentences } from "../../src/extract/segment/sentences.js";

export function recognizerOf(model: ActorModel) {
  const run = (text: string) => recognizeActors(model, text, splitSentences(text));
  const pairs = (text: string) => run(text).map((m) => [m.text, m.type]);
  return { run, pairs };
}
