// Reads a labelled folder in the re3d format (documents.json, entities.json as JSON lines),
// one source per sub-folder or the folder itself. I/O only: scoring lives in score.ts.
import { readFileSync, readdirSync, existsSync, statSync } from "node:fs";
import { join } from "node:path";

export interface GoldEntity {
  begin: number;
  end: number;
  type: string;
  value: string;
}

export interface GoldDocument {
  id: string;
  source: string;
  title: string;
  text: string;
  entities: GoldEntity[];
}

/** A line of re3d's documents.json. */
interface DocumentLine {
  _id: string;
  title?: string;
  text: string;
}
/** A line of re3d's entities.json. */
interface EntityLine {
  documentId: string;
  begin: number;
  end: number;
  type: string;
  value: string;
  confidence?: number;
}

function readJsonLines<T>(path: string): T[] {
  return readFileSync(path, "utf8")
    .split("\n")
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as T);
}

function readSource(dir: string, source: string): GoldDocument[] {
  const docs = readJsonLines<DocumentLine>(join(dir, "documents.json"));
  const entities = existsSync(join(dir, "entities.json")) ? readJsonLines<EntityLine>(join(dir, "entities.json")) : [];
  const byDoc = new Map<string, GoldEntity[]>();
  for (const e of entities) {
    if ((e.confidence ?? 1) < 0.5) continue;
    const list = byDoc.get(e.documentId) ?? [];
    list.push({ begin: e.begin, end: e.end, type: e.type, value: e.value });
    byDoc.set(e.documentId, list);
  }
  return docs.map((d) => ({
    id: d._id,
    source,
    title: d.title ?? "",
    text: d.text,
    entities: byDoc.get(d._id) ?? [],
  }));
}

/** All labelled documents under `folder` (the folder itself or its sub-folders), sorted by source. */
export function readRe3d(folder: string): GoldDocument[] {
  if (existsSync(join(folder, "documents.json"))) return readSource(folder, folder.split("/").pop() ?? folder);
  return readdirSync(folder)
    .filter((name) => statSync(join(folder, name)).isDirectory() && existsSync(join(folder, name, "documents.json")))
    .sort()
    .flatMap((name) => readSource(join(folder, name), name));
}
