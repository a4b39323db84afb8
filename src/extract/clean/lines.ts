// Wire copy's own typography: paragraphs hard-wrapped at a fixed width (a line break every 60 to 80
// characters), and TeX-style quotes (``It was a bomb,'' he said). Pure.
//
// A line break inside a hard-wrapped paragraph is a space: the sentence goes on below. A line break
// ends a paragraph only where the text shows it: a blank line, a full stop, a short line (the paragraph's last, or a
// heading), a line in capitals (a headline), an indented line or a list item below, a dateline on a line
// of its own. Text that is not hard-wrapped (its paragraphs run on as long lines) keeps every break.
// Markdown reads the same way (a line break inside its paragraph is a space, as CommonMark has it), but
// its blocks keep their lines: headings, quotes, lists, tables, code, HTML, a hard break ("  " or "\\").

interface Line {
  start: number;
  /** Offset of the line's "\n" (or the text's length for the last line). */
  end: number;
  text: string;
}

/** Lines shorter than this are not counted when finding the wrap width (headings, blank lines, datelines). */
const MIN_WRAPPED = 30;
/** Hard wrapping is at most this wide: longer lines are paragraphs written on one line. */
const MAX_WIDTH = 100;
/** ... and at least this wide (wires wrap at 60 to 80): shorter lines are a list, verse or code, kept as written. */
const MIN_WIDTH = 58;

function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    lines.push({ start, end, text: text.slice(start, end).replace(/\r$/, "") });
    if (end === text.length) break;
    start = end + 1;
  }
  return lines;
}

/**
 * The width a text is hard-wrapped at, or null when it is not hard-wrapped: most of its longer lines
 * end within a few characters of one margin, and that margin is no wider than MAX_WIDTH.
 */
export function wrapWidth(text: string): number | null {
  const lengths = linesOf(text)
    .map((l) => l.text.trimEnd().length)
    .filter((n) => n >= MIN_WRAPPED);
  if (lengths.length < 3) return null;
  const sorted = [...lengths].sort((a, b) => a - b);
  const width = sorted[Math.floor(sorted.length * 0.9)];
  if (width > MAX_WIDTH || width < MIN_WIDTH) return null;
  // a wrapped paragraph fills its lines: most lines reach close to the margin
  const full = lengths.filter((n) => n >= width * 0.75).length;
  return full >= lengths.length * 0.6 ? width : null;
}

const SENTENCE_END = /[.!?:][)"'”’\]]*$|(?:''|”)$/;
const LIST_ITEM = /^\s*(?:[-*•·–—]\s|\d{1,2}[.)]\s|\(\w\)\s)/;
/** A dateline alone on its line ("NAIROBI, Kenya (AP) _"), or a line ending in a wire's dash. */
const ENDS_WITH_DASH = /(?:\s_|\s--|\s[—–-])\s*$/;

/** A markdown line that opens or is a block of its own: heading, quote, table row, fence, list item, HTML, link definition, rule or setext underline. */
const MARKDOWN_BLOCK = /^ {0,3}(?:#{1,6}(?:\s|$)|>|\||```|~~~|[-*+]\s|\d{1,9}[.)]\s|<[/!?a-zA-Z]|\[[^\]\n]+\]:|(?:[-*_=][ \t]*){3,}$)/;
const FENCE = /^ {0,3}(?:```|~~~)/;

/** Offsets of the line breaks that are soft wraps inside a paragraph (each is one "\n"); `markdown` keeps markdown's blocks as written. */
export function softLineBreaks(text: string, markdown = false): number[] {
  const width = wrapWidth(text);
  if (width === null) return [];
  const lines = linesOf(text);
  const soft: number[] = [];
  let code = false;
  for (let i = 0; i + 1 < lines.length; i++) {
    if (markdown) {
      if (FENCE.test(lines[i].text)) code = !code;
      if (code || FENCE.test(lines[i].text)) continue;
      if (MARKDOWN_BLOCK.test(lines[i].text) || MARKDOWN_BLOCK.test(lines[i + 1].text)) continue;
      if (/ {2}$|\\$/.test(lines[i].text)) continue; // a hard line break
    }
    const line = lines[i].text.trimEnd();
    const next = lines[i + 1].text;
    if (!line.trim() || !next.trim()) continue; // a blank line ends a paragraph
    if (line.length < width * 0.75) continue; // the paragraph's last line, or a heading
    if (!/\p{Ll}/u.test(line)) continue; // a headline in capitals
    if (/^\s/.test(next) || LIST_ITEM.test(next)) continue; // an indented paragraph, a list item
    if (ENDS_WITH_DASH.test(line)) continue;
    if (SENTENCE_END.test(line)) continue; // a full stop at the margin: the break may end the paragraph too
    soft.push(lines[i].end);
  }
  return soft;
}

/** `text` with its hard-wrapped paragraphs joined: each soft line break becomes a space (offsets keep). */
export function joinWrappedLines(text: string, markdown = false): string {
  const soft = softLineBreaks(text, markdown);
  if (!soft.length) return text;
  const chars = text.split("");
  for (const at of soft) {
    chars[at] = " ";
    if (chars[at - 1] === "\r") chars[at - 1] = " ";
  }
  return chars.join("");
}

/**
 * TeX-style quotes as typographic ones: ``It was,'' → “It was,”, `a' → ‘a’. Only in a text that opens
 * quotes with `` (elsewhere '' may be a ditto or inches mark).
 */
export function wireQuotes(text: string): string {
  if (!text.includes("``")) return text;
  return text
    .replace(/``/g, "“")
    .replace(/''/g, "”")
    .replace(/`(?=\p{L})/gu, "‘");
}
