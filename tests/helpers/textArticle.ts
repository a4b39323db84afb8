// An article made from a text for tests through the whole engine, and the tables of a few of them.
import type { ActorModel } from "../../src/extract/recognize/actors/index.js";
import { extractArticle } from "../../src/extract/pipeline.js";
import { buildTables } from "../../src/extract/tables.js";
import type { Article } from "../../src/extract/types.js";

export function textArticle(name: string, text: string, title = ""): Article {
  return {
    id: name,
    file: `${name}.txt`,
    title,
    date: "2024-03-04",
    dateSource: "header",
    source: null,
    text,
    boilerplate: [],
    hash: name,
  };
}

/** The tables of articles given as [name, text] pairs. */
export function tablesOf(model: ActorModel, ...texts: Array<[string, string]>) {
  return buildTables(texts.map(([name, text]) => extractArticle(textArticle(name, text), model)));
}
