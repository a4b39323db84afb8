// The whole ingest stage over a folder: list, read, parse, flag duplicates. I/O at the edge.
import { readFile } from "node:fs/promises";
import type { Article, IngestWarning, Rejection } from "../types.js";
import { findDuplicates } from "./duplicates.js";
import { uniqueIds } from "./files.js";
import { isRejection, parseArticle } from "./parse.js";
import { walkArticles, type WalkOptions } from "./walk.js";

export interface IngestResult {
  /** Articles sorted by file; duplicates carry `duplicateOf`. */
  articles: Article[];
  rejected: Rejection[];
  warnings: IngestWarning[];
  ignored: string[];
}

export async function ingestFolder(folder: string, options: WalkOptions = {}): Promise<IngestResult> {
  const walked = await walkArticles(folder, options);
  const articles: Article[] = [];
  const rejected: Rejection[] = [...walked.rejected];
  const warnings: IngestWarning[] = [];
  for (const f of walked.files) {
    let bytes: Uint8Array;
    try {
      bytes = await readFile(f.path);
    } catch (error) {
      rejected.push({ file: f.file, reason: `cannot read file (${(error as NodeJS.ErrnoException).code ?? "error"})` });
      continue;
    }
    const parsed = parseArticle(f.file, bytes);
    if (isRejection(parsed)) {
      rejected.push(parsed);
      continue;
    }
    articles.push(parsed.article);
    warnings.push(...parsed.warnings);
  }
  const ids = uniqueIds(articles.map((a) => a.file));
  articles.forEach((a, i) => (a.id = ids[i]));
  const duplicates = findDuplicates(articles);
  for (const a of articles) {
    const of = duplicates.get(a.id);
    if (of !== undefined) a.duplicateOf = of;
  }
  rejected.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return { articles, rejected, warnings, ignored: walked.ignored };
}
