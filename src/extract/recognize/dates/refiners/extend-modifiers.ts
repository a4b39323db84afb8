// Attaches the words around a date that change its meaning or belong to it in news style:
// "last December", "early next year", "mid January", "the end of last year", "Since 2009",
// "the early hours of Sunday", "the past 24 hours", "the Sunday deadline" stays "Sunday".
// "last"/"next" before a month name also fix the year (the most recent / the coming one).
import type { DateRefiner } from "../candidate.js";

const PREFIX = /(?:\b(?:the\s+)?(?:(?:early|late)\s+hours\s+of|end\s+of|beginning\s+of|start\s+of|middle\s+of|turn\s+of)\s+(?:the\s+)?|\b(?:early|late|mid)[\s-]|\bmid-|\b(?:last|this|next|since|the\s+past|the\s+last|the\s+next|the\s+coming)\s+)$/i;

export const extendModifiers: DateRefiner = {
  name: "extend-modifiers",
  refine(text, candidates) {
    return candidates.map((c) => {
      let start = c.start;
      // up to two stacked modifiers: "the end of last year", "early next year"
      for (let i = 0; i < 2; i++) {
        const m = PREFIX.exec(text.slice(Math.max(0, start - 40), start));
        if (!m) break;
        start -= m[0].length;
      }
      if (start === c.start) return c;
      const added = text.slice(start, c.start).toLowerCase();
      const next = { ...c, start, known: { ...c.known }, implied: { ...c.implied } };
      if (c.known.year === undefined && c.known.month !== undefined && c.known.day === undefined) {
        if (/\blast\s+$/.test(added)) next.direction = "past";
        if (/\bnext\s+$/.test(added)) next.direction = "future";
      }
      return next;
    });
  },
};
