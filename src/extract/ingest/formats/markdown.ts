// Markdown. YAML front matter (title, date, source, url) is read with gray-matter, with its
// JavaScript/CoffeeScript engines disabled (they `eval` the block). The text stays the file's text;
// front matter and markup (link targets, images, HTML tags, heading and emphasis marks, code fences)
// become boilerplate ranges so nothing is extracted from them. Hard-wrapped paragraphs of the body are
// joined (clean/lines.ts: each soft line break a space, offsets kept); the front matter stays as written.
import { createRequire } from "node:module";
import type matter from "gray-matter";
import { normalizeDeclaredDate } from "../../util/declaredDate.js";
import type { OffsetPair } from "../../util/ranges.js";
import { truncateAtWord } from "../title.js";
import { plainResult, type FormatResult } from "./types.js";
import { joinWrappedLines } from "../../clean/lines.js";

/** Front matter: "---" on the first line (no language tag), YAML, then "---" or "...". */
const FRONT_MATTER = /^---[ \t]*\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/;

const refuse = (): object => {
  throw new Error("executable front matter is not allowed");
};
/** gray-matter (and js-yaml under it), loaded when a file first has front matter: not at every start. */
let grayMatter: typeof matter | undefined;
const frontMatter = () => (grayMatter ??= createRequire(import.meta.url)("gray-matter") as typeof matter);

const SAFE_MATTER_OPTIONS = {
  language: "yaml",
  engines: { js: refuse, javascript: refuse, coffee: refuse, coffeescript: refuse, cson: refuse },
};

/**
 * Ranges from each `open` match to the end of the next `close` (and its ">"), scanning once: an
 * unclosed opener ends the search, so hostile input cannot make this quadratic.
 */
function enclosed(text: string, from: number, open: RegExp, close: string): OffsetPair[] {
  const out: OffsetPair[] = [];
  const lower = text.toLowerCase();
  open.lastIndex = from;
  for (let m = open.exec(text); m; m = open.exec(text)) {
    const end = lower.indexOf(close, m.index + m[0].length);
    if (end < 0) break;
    const gt = close.endsWith(">") ? end + close.length : lower.indexOf(">", end);
    const stop = gt < 0 ? text.length : close.endsWith(">") ? gt : gt + 1;
    out.push([m.index, stop]);
    open.lastIndex = stop;
  }
  return out;
}

/** Markup ranges of markdown text (outside front matter, which the caller handles). */
export function markdownMarkup(text: string, from = 0): OffsetPair[] {
  const ranges: OffsetPair[] = [];
  const add = (re: RegExp, pick: (m: RegExpMatchArray) => OffsetPair[] = (m) => [[m.index!, m.index! + m[0].length]]) => {
    for (const m of text.slice(from).matchAll(re)) {
      for (const [s, e] of pick(m)) ranges.push([s + from, e + from]);
    }
  };
  // Fenced code blocks: code is never prose.
  add(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[ \t]*$/gm);
  // Images, whole: ![alt](src)
  // Labels and targets exclude brackets and parentheses so every scan stops at the next one: linear
  // even on hostile runs of "[" or "](".
  add(/!\[[^[\]\n]{0,500}\]\([^()\s[\]]{0,2000}(?:[ \t]+"[^"\n]{0,300}")?\)/g);
  // Links: keep the label, drop "[", "](target)".
  add(/\[([^[\]\n]{0,500})\]\(([^()\s[\]]{0,2000}(?:[ \t]+"[^"\n]{0,300}")?)\)/g, (m) => {
    const s = m.index!;
    const labelEnd = s + 1 + m[1].length;
    return [
      [s, s + 1],
      [labelEnd, s + m[0].length],
    ];
  });
  // Reference definitions: "[1]: https://..."
  add(/^[ \t]{0,3}\[[^[\]\n]{1,500}\]:[ \t]*\S+.*$/gm);
  // Script and style elements whole, then any other HTML tag or comment.
  ranges.push(...enclosed(text, from, /<script\b/gi, "</script"), ...enclosed(text, from, /<style\b/gi, "</style"));
  ranges.push(...enclosed(text, from, /<!--/g, "-->"));
  add(/<\/?[a-zA-Z][\w:-]{0,40}(?:\s[^<>\n]{0,2000})?\/?>/g);
  // Heading marks, blockquote marks, list bullets, horizontal rules.
  add(/^[ \t]{0,3}#{1,6}[ \t]+/gm);
  add(/^[ \t]*#+[ \t]*$/gm);
  add(/^[ \t]{0,3}(?:>[ \t]?)+/gm);
  add(/^[ \t]*[-*+][ \t]+/gm);
  add(/^[ \t]{0,3}(?:[-*_][ \t]*){3,}$/gm);
  // Emphasis and code marks.
  add(/\*{1,3}|(?<![\p{L}\p{N}])_{1,3}|_{1,3}(?![\p{L}\p{N}])|`+/gu);
  return ranges;
}

/** Plain text of a markdown line, for a title. */
export function stripInlineMarkdown(line: string): string {
  return line
    .replace(/!\[[^\]]*\]\([^)]*\)/g, "")
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/<[^>]*>/g, "")
    .replace(/^#{1,6}\s+/, "")
    .replace(/[*_`]+/g, "")
    .replace(/\s+#+\s*$/, "")
    .replace(/\s+/g, " ")
    .trim();
}

function stringField(data: Record<string, unknown>, key: string): string | null {
  const v = data[key];
  if (typeof v === "string" && v.trim()) return v.replace(/\s+/g, " ").trim();
  if (typeof v === "number") return String(v);
  return null;
}

/** The body of a markdown file (after `bodyStart`) with its hard-wrapped paragraphs joined; the front matter as written. */
function joinBody(text: string, bodyStart: number): string {
  return text.slice(0, bodyStart) + joinWrappedLines(text.slice(bodyStart), true);
}

/** Where the body of a markdown file starts: after its front matter (YAML or language-tagged), else 0. */
function bodyStartOf(text: string): number {
  const fm = FRONT_MATTER.exec(text) ?? /^---[ \t]*[A-Za-z][\w-]*[ \t]*\n[\s\S]*?\n---[ \t]*(?:\n|$)/.exec(text);
  return fm ? fm[0].length : 0;
}

export function parseMarkdown(raw: string): FormatResult {
  const text = joinBody(raw, bodyStartOf(raw));
  const result = plainResult(text);
  const fm = FRONT_MATTER.exec(text);
  let bodyStart = 0;
  if (fm) {
    bodyStart = fm[0].length;
    result.boilerplate.push([0, bodyStart]);
    let data: Record<string, unknown> = {};
    try {
      data = frontMatter()(text.slice(0, bodyStart), SAFE_MATTER_OPTIONS).data as Record<string, unknown>;
    } catch (error) {
      result.warnings.push(`front matter is not valid YAML (${(error as Error).message.split("\n")[0]}); ignored`);
    }
    if (data && typeof data === "object") {
      result.title = stringField(data, "title");
      result.source = stringField(data, "source") ?? stringField(data, "publisher") ?? stringField(data, "site");
      result.url = stringField(data, "url") ?? stringField(data, "link");
      const rawDate = data.date ?? data.published ?? data.published_at ?? data.pubDate;
      if (rawDate !== undefined && rawDate !== null && rawDate !== "") {
        const date = normalizeDeclaredDate(rawDate);
        if (date) {
          result.date = date;
          result.dateSource = "front-matter";
        } else {
          const shown = rawDate instanceof Date ? rawDate.toISOString() : String(rawDate);
          result.dateSource = "invalid";
          result.warnings.push(`invalid front matter date '${shown}'`);
        }
      }
    }
  } else {
    const tagged = /^---[ \t]*[A-Za-z][\w-]*[ \t]*\n[\s\S]*?\n---[ \t]*(?:\n|$)/.exec(text);
    if (tagged) {
      bodyStart = tagged[0].length;
      result.boilerplate.push([0, bodyStart]);
      result.warnings.push("front matter with a language tag (e.g. '---js') is not read; only YAML front matter is supported");
    }
  }
  result.boilerplate.push(...markdownMarkup(text, bodyStart));
  if (!result.title) {
    const heading = /^[ \t]{0,3}#{1,2}[ \t]+(.+)$/m.exec(text.slice(bodyStart));
    if (heading) {
      const t = stripInlineMarkdown(heading[1]);
      if (t) result.title = truncateAtWord(t, 150);
    }
  } else {
    result.title = truncateAtWord(result.title, 200);
  }
  return result;
}
