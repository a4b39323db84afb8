// Attaches the words before a date that belong to it (TimeML puts them in the span, as `mod`):
// "early", "late", "mid-", "the end of", "the beginning of", "the early hours of" ("early next
// year", "the end of last year", "mid-March"), and the direction words that place a month, weekday,
// season or holiday without a year: "last May" (the one before the article's month), "next May",
// "this September" (in the article's year), "this coming Tuesday", "this past weekend".
// "as early as Tuesday" keeps "early" out: it is a cue, not a part of the date.
import type { DateCandidate, DateRefiner, Direction } from "../candidate.js";

const PART_PREFIX =
  /(?:\b(?:the\s+)?(?:(?:early|late|wee|small)\s+hours\s+of|end\s+of|beginning\s+of|start\s+of|middle\s+of|turn\s+of|close\s+of|dawn\s+of)\s+(?:the\s+)?|(?<!\bas\s)\b(?:early|late|mid)[\s-]|\bmid-)$/i;
const DIRECTION_PREFIX = /\b(this\s+coming|this\s+past|last|this|next|coming|past)\s+$/i;

/** Candidates whose place depends on the article date and that a direction word can place. */
function placeable(c: DateCandidate): boolean {
  const a = c.anchor;
  if (a.kind === "calendar") return a.year === undefined && (a.month !== undefined || a.weekday !== undefined);
  return (a.kind === "season" || a.kind === "holiday" || a.kind === "quarter") && a.year === undefined;
}

const DIRECTIONS: Record<string, Direction> = {
  last: "past",
  "this past": "past",
  past: "past",
  next: "future",
  coming: "future",
  "this coming": "future",
  this: "this",
};

export const extendModifiers: DateRefiner = {
  name: "extend-modifiers",
  refine(text, candidates) {
    return candidates.map((c) => {
      if (c.type !== "date" && c.type !== "time") return c;
      let start = c.start;
      let next = c;
      if (placeable(c)) {
        const d = DIRECTION_PREFIX.exec(text.slice(Math.max(0, start - 16), start));
        if (d) {
          start -= d[0].length;
          const direction = DIRECTIONS[d[1].toLowerCase().replace(/\s+/g, " ")];
          next = { ...c, anchor: { ...c.anchor, direction } as DateCandidate["anchor"] };
        }
      }
      // up to two stacked modifiers: "the end of last year" is found whole; "early next year"
      for (let i = 0; i < 2; i++) {
        const m = PART_PREFIX.exec(text.slice(Math.max(0, start - 40), start));
        if (!m) break;
        start -= m[0].length;
      }
      return start === c.start ? next : { ...next, start };
    });
  },
};
