// Reads one TimeML document (TempEval-3 style .tml): the creation time (the DCT TIMEX3 with
// functionInDocument="CREATION_TIME"), the article text (the <TEXT> element with its tags stripped
// and its XML entities decoded) and the gold TIMEX3 annotations as offsets into that text.
// Pure: a string in, a document out; reading files is the caller's job.

export type TimexType = "DATE" | "TIME" | "DURATION" | "SET";

export interface GoldTimex {
  tid: string;
  type: TimexType;
  value: string;
  start: number;
  end: number;
  text: string;
}

export interface TimeMLDocument {
  id: string;
  /** The article's creation time (the DCT value, e.g. "1998-08-07"), or null when it has none. */
  dct: string | null;
  text: string;
  timexes: GoldTimex[];
}

const TIMEX_TYPES = new Set<TimexType>(["DATE", "TIME", "DURATION", "SET"]);

const NAMED_ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function decodeEntity(body: string): string | null {
  if (body.startsWith("#x") || body.startsWith("#X")) return String.fromCodePoint(parseInt(body.slice(2), 16));
  if (body.startsWith("#")) return String.fromCodePoint(parseInt(body.slice(1), 10));
  return NAMED_ENTITIES[body] ?? null;
}

/** The attributes of a start tag's attribute text (`tid="t1" type="DATE"`). */
export function tagAttributes(source: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const m of source.matchAll(/([A-Za-z_:][\w:.-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    attrs[m[1]] = decodeText(m[2] ?? m[3] ?? "");
  }
  return attrs;
}

function decodeText(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-zA-Z]+);/g, (whole, body: string) => decodeEntity(body) ?? whole);
}

/** Parse error with the reason; the caller adds the file name. */
export class TimeMLError extends Error {}

const TOKEN = /<(\/?)([A-Za-z][\w:.-]*)((?:\s+[^>]*?)?)\s*(\/?)>|<!--[\s\S]*?-->|&(#x[0-9a-fA-F]+|#\d+|[a-zA-Z]+);/g;

/** Strips the tags of a TimeML text body, keeping the TIMEX3 spans as offsets into the result. */
function stripText(body: string): { text: string; timexes: GoldTimex[] } {
  let text = "";
  let last = 0;
  const open: Array<{ attrs: Record<string, string>; start: number }> = [];
  const timexes: GoldTimex[] = [];
  for (const m of body.matchAll(TOKEN)) {
    text += body.slice(last, m.index);
    last = m.index! + m[0].length;
    if (m[5] !== undefined) {
      text += decodeEntity(m[5]) ?? m[0];
      continue;
    }
    if (m[2] === undefined || m[2] !== "TIMEX3" || m[4] === "/") continue;
    if (m[1] !== "/") {
      open.push({ attrs: tagAttributes(m[3] ?? ""), start: text.length });
      continue;
    }
    const started = open.pop();
    if (!started) throw new TimeMLError(`a </TIMEX3> closes no open TIMEX3 (at character ${m.index})`);
    const { attrs, start } = started;
    const type = attrs.type as TimexType;
    if (!TIMEX_TYPES.has(type))
      throw new TimeMLError(`TIMEX3 ${attrs.tid ?? "?"} has type "${attrs.type ?? ""}", not DATE, TIME, DURATION or SET`);
    timexes.push({ tid: attrs.tid ?? "", type, value: attrs.value ?? "", start, end: text.length, text: text.slice(start, text.length) });
  }
  text += body.slice(last);
  if (open.length) throw new TimeMLError(`TIMEX3 ${open[0].attrs.tid ?? "?"} is never closed`);
  return { text, timexes: timexes.sort((a, b) => a.start - b.start) };
}

/** One TimeML document from its XML source. Throws TimeMLError with the reason when it is not TimeML. */
export function parseTimeML(xml: string, id: string): TimeMLDocument {
  const body = /<TEXT(?:\s[^>]*)?>([\s\S]*?)<\/TEXT>/.exec(xml);
  if (!body) throw new TimeMLError("no <TEXT> element");
  let dct: string | null = null;
  for (const m of xml.matchAll(/<TIMEX3(\s[^>]*)>/g)) {
    const attrs = tagAttributes(m[1]);
    if (attrs.functionInDocument === "CREATION_TIME") {
      dct = attrs.value || null;
      break;
    }
  }
  return { id, dct, ...stripText(body[1]) };
}
