// Files that are read back only when whole: the length and SHA-1 of the data first, written to a
// temporary name and renamed (the code caches of cachedScript.js, the actor model's binary form of
// recognize/actors/modelCache.ts). Plain JavaScript, for the launcher (scripts/launch.js).
// Node's global process: importing "node:process" as a module reads each of its getters, a few ms at every start
/* global process */
import { createHash } from "node:crypto";
import { Buffer } from "node:buffer";
import { readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";

const sha1 = (data) => createHash("sha1").update(data).digest();

/** The cached data in a cache file, or undefined when there is none or it is not complete. */
export function readCache(path) {
  let file;
  try {
    file = readFileSync(path);
  } catch {
    return undefined;
  }
  if (file.length < 28) return undefined;
  const length = Number(file.readBigUInt64BE(0));
  const data = file.subarray(28);
  return data.length === length && sha1(data).equals(file.subarray(8, 28)) ? data : undefined;
}

/** Writes `data` as a cache file (length, SHA-1, data), by a temporary name renamed; best effort. */
export function writeCache(path, data) {
  const head = Buffer.alloc(28);
  head.writeBigUInt64BE(BigInt(data.length), 0);
  sha1(data).copy(head, 8);
  const tmp = `${path}.${process.pid}.${Date.now()}.tmp`;
  try {
    writeFileSync(tmp, Buffer.concat([head, data]));
    renameSync(tmp, path);
  } catch {
    // a read-only or full disk: the next run compiles from source, as without a cache
    rmSync(tmp, { force: true });
  }
}
