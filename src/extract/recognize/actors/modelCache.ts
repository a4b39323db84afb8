// The binary form of each actor model file (modelBinary.ts), kept under node_modules/.cache/ so
// that a process loads the model without parsing its JSON. A kept form is named by the SHA-256 of
// the model file's bytes and the binary layout, so that it is used only for the very file it was
// made from (a retrained model, another checkout's model: another name); it is written whole, to
// a temporary name renamed, with its length and SHA-1 first (util/checkedFile.js, as the bundles' code caches), and
// read back only when complete. Best effort: without a writable cache folder the JSON is read, as
// before. Shared by every checkout using the same node_modules/ (the name says what it holds).
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { readCache, writeCache } from "../../util/checkedFile.js";
import { BINARY_FORMAT, decodeModel, encodeModel } from "./modelBinary.js";
import type { ActorModel, ActorModelJSON } from "./tagger.js";

/** Where the binary forms are kept. */
export const MODEL_CACHE_DIR = fileURLToPath(new URL("../../../../node_modules/.cache/briefing/actor-models/", import.meta.url));
/** Other binary forms older than this are removed when one is written. */
const KEEP_MS = 24 * 60 * 60 * 1000;

/** The file name of the binary form of a model file with these bytes. */
export function cacheNameOf(modelBytes: Uint8Array): string {
  const hash = createHash("sha256").update(modelBytes).update(`\0${BINARY_FORMAT}`).digest("hex").slice(0, 24);
  return `actors-${hash}.bin`;
}

/** The model kept for a model file with these bytes, or undefined when none is (or it is not whole). */
export function keptModel(modelBytes: Uint8Array, dir = MODEL_CACHE_DIR): ActorModel | undefined {
  const data = readCache(join(dir, cacheNameOf(modelBytes)));
  return (data && decodeModel(data)) ?? undefined;
}

/** Keeps the binary form of the model file with these bytes (`json`, already checked); best effort. */
export function keepModel(modelBytes: Uint8Array, json: ActorModelJSON, dir = MODEL_CACHE_DIR): void {
  const binary = encodeModel(json);
  if (!binary) return;
  const name = cacheNameOf(modelBytes);
  try {
    mkdirSync(dir, { recursive: true });
  } catch {
    return; // no cache folder: the JSON is read at every start, as without one
  }
  writeCache(join(dir, name), Buffer.from(binary.buffer, binary.byteOffset, binary.byteLength));
  try {
    removeOld(dir, name);
  } catch {
    // the folder went away meanwhile: nothing to remove
  }
}

/** Removes the other binary forms in `dir` that are a while old (a retrained model's). */
function removeOld(dir: string, keep: string): void {
  const now = Date.now();
  for (const file of readdirSync(dir)) {
    if (file === keep || !/^actors-[0-9a-f]{24}\.bin/.test(file)) continue;
    try {
      const path = join(dir, file);
      if (now - statSync(path).mtimeMs > KEEP_MS) rmSync(path, { force: true });
    } catch {
      // removed meanwhile by another process
    }
  }
}
