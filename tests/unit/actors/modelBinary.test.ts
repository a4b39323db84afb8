// The actor model's binary form (modelBinary.ts) and the kept copies of it (modelCache.ts): the
// same model as from the JSON, to the last bit of every weight; used only for the very model file
// it was made from, and only when whole.
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { isDeepStrictEqual } from "node:util";
import { afterEach, describe, expect, it } from "vitest";
import { DEFAULT_MODEL_PATH, modelFromJSON } from "../../../src/extract/recognize/actors/index.js";
import { decodeModel, encodeModel } from "../../../src/extract/recognize/actors/modelBinary.js";
import { cacheNameOf, keepModel, keptModel } from "../../../src/extract/recognize/actors/modelCache.js";
import { tagSentence, type ActorModelJSON } from "../../../src/extract/recognize/actors/tagger.js";

const bytes = readFileSync(DEFAULT_MODEL_PATH);
const json: ActorModelJSON = JSON.parse(bytes.toString("utf8"));
const fromJson = modelFromJSON(json);

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), "briefing-model-cache-"));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe("the actor model's binary form", () => {
  it("decodes to the model its JSON makes: the same weights, templates, lexicons and tags", () => {
    const decoded = decodeModel(encodeModel(json)!)!;
    expect(isDeepStrictEqual(decoded, fromJson)).toBe(true);
    expect([...decoded.perceptron.weights.keys()]).toEqual([...fromJson.perceptron.weights.keys()]);
    expect([...decoded.templates.keys()]).toEqual([...fromJson.templates.keys()]);
    expect(decoded.perceptron.weights.get("allcaps")).toEqual(fromJson.perceptron.weights.get("allcaps"));
    const words = "Haider al-Abadi met Fuad Masum in Baghdad .".split(" ");
    const doc = { docLower: new Set<string>() };
    expect(tagSentence(decoded, words, doc)).toEqual(tagSentence(fromJson, words, doc));
    expect(tagSentence(decoded, words, doc)[0]).toMatchObject({ start: 0, end: 2, label: "PER" });
  });

  it("is not decoded when it is cut short, of another layout or not one at all", () => {
    const binary = encodeModel(json)!;
    expect(decodeModel(binary.subarray(0, binary.length - 8))).toBeNull();
    expect(decodeModel(binary.subarray(0, 3))).toBeNull();
    const other = Uint8Array.from(binary);
    other.set(new TextEncoder().encode('{"format":"actor-model-binary/0"'), 4);
    expect(decodeModel(other)).toBeNull();
    expect(decodeModel(new TextEncoder().encode(JSON.stringify(json)))).toBeNull();
  });

  it("has none when a feature's name holds the separator its names are joined by", () => {
    const weights: ActorModelJSON["perceptron"]["weights"] = { ...json.perceptron.weights, "w=a\nb": [[0, 1]] };
    expect(encodeModel({ ...json, perceptron: { ...json.perceptron, weights } })).toBeNull();
  });
});

describe("kept binary forms", () => {
  it("are used for the model file they were made from, and for no other", () => {
    const dir = tempDir();
    expect(keptModel(bytes, dir)).toBeUndefined();
    keepModel(bytes, json, dir);
    expect(readdirSync(dir)).toEqual([cacheNameOf(bytes)]);
    expect(isDeepStrictEqual(keptModel(bytes, dir), fromJson)).toBe(true);
    const retrained = Buffer.concat([bytes, Buffer.from("\n")]);
    expect(cacheNameOf(retrained)).not.toBe(cacheNameOf(bytes));
    expect(keptModel(retrained, dir)).toBeUndefined();
  });

  it("are not used when the file is not whole", () => {
    const dir = tempDir();
    keepModel(bytes, json, dir);
    const path = join(dir, cacheNameOf(bytes));
    const whole = readFileSync(path);
    writeFileSync(path, whole.subarray(0, whole.length - 100));
    expect(keptModel(bytes, dir)).toBeUndefined();
  });

  it("are skipped, not an error, where no folder can be made", () => {
    const dir = tempDir();
    const file = join(dir, "a-file");
    writeFileSync(file, "");
    expect(() => keepModel(bytes, json, join(file, "cache"))).not.toThrow();
    expect(keptModel(bytes, join(file, "cache"))).toBeUndefined();
  });
});
