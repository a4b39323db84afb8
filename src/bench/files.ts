// Writes generated articles into a folder (the I/O side of corpus.ts).
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { GeneratedArticle } from "./corpus.js";

/** Writes each article as `folder/name`; returns the total bytes written. */
export function writeCorpus(folder: string, articles: readonly GeneratedArticle[]): number {
  mkdirSync(folder, { recursive: true });
  let bytes = 0;
  for (const a of articles) {
    const data = Buffer.from(a.text, "utf8");
    writeFileSync(join(folder, a.name), data);
    bytes += data.length;
  }
  return bytes;
}
