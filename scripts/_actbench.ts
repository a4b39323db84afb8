import { readRe3d } from "/work/wt-actors/src/evaluate/re3d.js";
import { RE3D_DEV } from "/work/wt-actors/src/evaluate/corpora.js";
import { splitSentences } from "/work/wt-actors/src/extract/segment/sentences.js";
import { loadActorModel, recognizeActors } from "/work/wt-actors/src/extract/recognize/actors/index.js";
let t = performance.now();
const model = loadActorModel();
console.log("load ms", (performance.now() - t).toFixed(0));
const docs = readRe3d(RE3D_DEV);
const pre = docs.map((d) => [d.text, splitSentences(d.text)] as const);
for (let i = 0; i < 2; i++) for (const [x, s] of pre) recognizeActors(model, x, s);
const times: number[] = [];
for (let r = 0; r < 7; r++) {
  t = performance.now();
  for (const [x, s] of pre) recognizeActors(model, x, s);
  times.push(performance.now() - t);
}
times.sort((a, b) => a - b);
console.log("median ms/round", times[3].toFixed(1), "ms/doc", (times[3] / docs.length).toFixed(2));
