// One file's bytes → an Article (with warnings) or a Rejection. Pure: decode, parse the format,
// find boilerplate, derive the title.
import { createHash } from "node:crypto";
import { findBoilerplate } from "../clean/boilerplate.js";
import { uniqueCredits } from "../clean/credits.js";
import type { Article, IngestWarning, Rejection } from "../types.js";
import { decodeBytes } from "./decode.js";
import { articleId, formatOf, unsupportedReason } from "./files.js";
import { parseHtml, declaredCharset } from "./formats/html.js";
import { parseMarkdown } from "./formats/markdown.js";
import { parseTxt } from "./formats/txt.js";
import type { FormatParse } from "./formats/types.js";
import { mergeRanges, textOutside } from "../util/ranges.js";
import { deriveTitle, titleFromFile } from "./title.js";

export interface ParsedArticle {
  article: Article;
  warnings: IngestWarning[];
}

export function isRejection(x: ParsedArticle | Rejection): x is Rejection {
  return (x as Rejection).reason !== undefined;
}

/**
 * Parses one article file. `file` is the path relative to the articles folder (forward slashes); it
 * picks the format and the id. `text` is the decoded text with line ends normalized to LF.
 */
export function parseArticle(file: string, bytes: Uint8Array): ParsedArticle | Rejection {
  const format = formatOf(file);
  if (!format) return { file, reason: unsupportedReason(file) };
  const decoded = decodeBytes(bytes, format === "html" ? declaredCharset(bytes) : null);
  if (!decoded.ok) return { file, reason: decoded.reason };
  const warnings: IngestWarning[] = [];
  if (decoded.warning) warnings.push({ file, message: decoded.warning });

  const parsed: FormatParse =
    format === "html" ? parseHtml(decoded.text) : format === "markdown" ? parseMarkdown(decoded.text) : parseTxt(decoded.text);
  if ("reason" in parsed) return { file, reason: parsed.reason };
  for (const message of parsed.warnings) warnings.push({ file, message });

  const { text } = parsed;
  const cleaned = findBoilerplate(text, parsed.boilerplate);
  const boilerplate = mergeRanges([...parsed.boilerplate, ...cleaned.ranges], text);
  if (!/[\p{L}\p{N}]/u.test(textOutside(text, boilerplate))) {
    return { file, reason: "no article text (everything in the file is a header, markup or boilerplate)" };
  }
  // the text's own furniture dates it when the format declared nothing ("Published: 12 March 2024")
  const stated = parsed.dateSource === "none" && cleaned.date !== null;
  const article: Article = {
    id: articleId(file),
    file,
    title: parsed.title || deriveTitle(text, boilerplate, titleFromFile(file)),
    date: stated ? cleaned.date : parsed.date,
    dateSource: stated ? "page-text" : parsed.dateSource,
    source: parsed.source ?? cleaned.source,
    url: parsed.url,
    byline: parsed.byline ?? cleaned.byline,
    location: cleaned.location,
    credits: uniqueCredits([...parsed.credits, ...cleaned.credits]),
    text,
    boilerplate,
    hash: createHash("sha256").update(bytes).digest("hex"),
  };
  return { article, warnings };
}
