// Line patterns for boilerplate: the furniture that news pages wrap around an article. Generic,
// site-independent wording. Each pattern is tested against one trimmed line.

export interface LinePattern {
  name: string;
  test: RegExp;
  /** Longest line (in characters) the pattern may remove: a long line is prose, not furniture. */
  maxLength: number;
}

const MONTH =
  "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";

export const LINE_PATTERNS: LinePattern[] = [
  // "Get Insightful, Cutting-Edge Content Daily - Join "X" Newsletter!", "Sign up for our newsletter"
  {
    name: "newsletter",
    test: /^(?:get|join|subscribe|sign[ -]?up|register|don[’']t miss|never miss)\b.*\b(?:newsletter|inbox|updates|daily|weekly|digest|alerts?)\b/i,
    maxLength: 200,
  },
  { name: "newsletter", test: /\b(?:join|subscribe to|sign up for)\b.*\bnewsletters?\b[!.]?$/i, maxLength: 200 },
  { name: "subscribe", test: /^(?:subscribe|sign up)(?: now| today| here)?\b.{0,80}$/i, maxLength: 120 },
  { name: "spam", test: /\bwe (?:don[’']t|do not|won[’']t|will not|never) spam\b/i, maxLength: 200 },
  { name: "privacy", test: /\b(?:read|see|view|review)\b.{0,20}\bprivacy (?:policy|notice)\b/i, maxLength: 160 },
  { name: "unsubscribe", test: /\bunsubscribe at any time\b/i, maxLength: 200 },
  // "Read Also: ...", "Read more: ...", "Related: ...", "See also - ..."
  {
    name: "read-also",
    test: /^(?:read (?:also|more|next)|also read|related(?: articles?| stories| coverage| content)?|see also|more on (?:this|that)|recommended(?: for you)?|you (?:may|might) also like|most read|trending|more from [^:]{1,40}|watch|listen|opinion)\s*[:\-–—|»>]/i,
    maxLength: 300,
  },
  {
    name: "read-also",
    test: /^(?:read more|continue reading|read the full (?:story|article)|click here to read more)\.*$/i,
    maxLength: 60,
  },
  {
    name: "read-also",
    test: /^(?:read|see|view|continue reading) the (?:original|full|complete) (?:article|story|report|post)\b.{0,80}$/i,
    maxLength: 120,
  },
  // "This post was originally published on this site", "This article first appeared on X."
  {
    name: "originally-published",
    test: /^(?:this|the) (?:post|article|story|piece|report|content) (?:was |is )?(?:originally |first )?(?:published|appeared|posted|republished)\b/i,
    maxLength: 250,
  },
  { name: "originally-published", test: /^(?:originally|first) (?:published|appeared|posted) (?:on|in|at|by)\b/i, maxLength: 250 },
  // "This article was amended on 2 August 2023. An earlier version ...", "Correction: ..."
  {
    name: "correction",
    test: /^(?:this|the) (?:post|article|story|piece|report) (?:was|has been|is) (?:amended|corrected|updated|changed|edited)\b/i,
    maxLength: 500,
  },
  { name: "correction", test: /^(?:correction|clarification)s?\s*[:\-–—]\s*\S/i, maxLength: 500 },
  // a wire editor's note: "(Adds analyst comment in paragraphs 6-7)", "(Updates with details)"
  {
    name: "editor-note",
    test: /^\((?:adds|updates|recasts|corrects|changes|rewrites|fixes|removes|refiles|repeats|writes through|releads|new throughout|updated)\b[^()]{0,200}\)$/i,
    maxLength: 220,
  },
  // A video timestamp fused to a date: "Aug. 9, 202307:33", "9 August 202301:42".
  {
    name: "video-timestamp",
    test: new RegExp(`^(?:${MONTH}\\s+\\d{1,2},?\\s*|\\d{1,2}\\s+${MONTH},?\\s*)\\d{4}\\d{1,2}:\\d{2}(?::\\d{2})?$`, "i"),
    maxLength: 40,
  },
  // Share / follow furniture.
  {
    name: "share",
    test: /^(?:share (?:this|on|via|the)\b|share(?: this)?:?$|follow us\b|follow (?:him|her|them|me) on\b|like us on\b|tweet this\b|click (?:here )?to (?:share|tweet|email|print)\b|email this\b|print this\b|copy link\b)/i,
    maxLength: 150,
  },
  {
    name: "share",
    test: /^(?:(?:facebook|twitter|x|linkedin|whatsapp|telegram|reddit|email|pinterest|print)[\s,|·•/]*){2,}$/i,
    maxLength: 120,
  },
  // Read times: "3 min read", "5-minute read".
  { name: "read-time", test: /^\d{1,3}[ -]?(?:min(?:ute)?s?|m)\.? read$/i, maxLength: 20 },
  // Copyright lines.
  // ("© Provided by X" is a photo credit, found inside lines; "Copyright law ..." is prose)
  { name: "copyright", test: /^(?:©(?!\s*provided by\b)|\(c\)\s|copyright\s*(?:©|\(c\)|(?:19|20)\d{2}\b))/i, maxLength: 250 },
  { name: "copyright", test: /\ball rights reserved\b/i, maxLength: 250 },
  // Page furniture.
  {
    name: "advertisement",
    test: /^(?:advertisement|sponsored(?: content)?|ad|story continues (?:below|after) (?:the )?(?:advertisement|ad)|skip to (?:main )?content|skip advertisement|scroll to continue(?: with content)?|loading\.*|image|photo|video|caption)\s*[:.]?$/i,
    maxLength: 60,
  },
  // several pieces of furniture on one line: "Advertisement · Scroll to continue"
  {
    name: "advertisement",
    test: /^(?:(?:advertisement|sponsored|ad|scroll to continue(?: with content)?|skip advertisement)\s*[·•|]\s*)+(?:advertisement|sponsored|ad|scroll to continue(?: with content)?|skip advertisement)$/i,
    maxLength: 80,
  },
  {
    name: "photo-credit",
    test: /^(?:photo|image|picture|video|illustration|graphic|file photo)(?: credit)?\s*[:|]\s*\S.{0,120}$/i,
    maxLength: 140,
  },
];

/** "Source: Edition Cnn", "Sources: Reuters, AFP", "Via: X". The capture is the credited name. ("Credit: X" credits a photo.) */
export const SOURCE_LINE = /^(?:sources?|via|courtesy(?: of)?|(?:article|story) source)\s*[:\-–—]\s*(\S.{0,100}?)\s*\.?$/i;

/** BBCode-style markup left by scrapers: "[link]privacy policy[/link]", "[url=...]", "[img]". */
// Single-letter tags ([b], [i]) only when their closing tag follows on the line: "[I]t's clear" is an
// editor's bracket inside a quote, not markup.
export const BRACKET_MARKUP =
  /\[\/?(?:link|url|img|image|em|strong|quote|caption|video|embed|iframe|ad)(?:=[^\]\n]{0,300})?\]|\[([bius])\](?=[^\n]*\[\/\1\])|\[\/[bius]\]/gi;

/** Web addresses and e-mail addresses: digits in them are never dates or figures. */
export const URL = /\b(?:https?:\/\/|ftp:\/\/|www\.)[^\s<>"'“”‘’()[\]]+[^\s<>"'“”‘’()[\].,;:!?]/gi;
// The lookbehind anchors each attempt at the start of a run, so "a.a.a.a…" is scanned once.
export const EMAIL = /(?<![\w.+-])[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}\b/g;
