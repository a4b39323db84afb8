// A clock time next to a day is one time: "9 a.m. Tuesday", "10 a.m. EST Nov. 29, 2016",
// "Tuesday at 9 a.m.", "Nov. 29 at 10:30 a.m.", "10 p.m. yesterday" → the day's value with the
// time ("2000-04-04T09:00"). Runs after the overlap merge.
import type { Anchor, DateCandidate, DateRefiner } from "../candidate.js";

const BETWEEN = /^[\s,]*(?:(?:on|at|of|\(\d{4}\s+GMT\))[\s,]*)?$/i;

/** The day anchor of `c` when it names a single day a time can sit in. */
function dayAnchor(c: DateCandidate): Anchor | null {
  const a = c.anchor;
  if (c.type !== "date" && !(c.type === "time" && a.kind === "calendar" && a.time?.part)) return null;
  if (a.kind === "calendar" && (a.day !== undefined || a.weekday !== undefined)) return a;
  if (a.kind === "offset" && a.unit === "day") return a;
  if (a.kind === "holiday") return null;
  return null;
}

function withTime(day: Anchor, clock: DateCandidate): Anchor {
  const time = clock.anchor.kind === "clock" ? clock.anchor.time : undefined;
  return { ...day, time } as Anchor;
}

export const attachTimes: DateRefiner = {
  name: "attach-times",
  refine(text, candidates) {
    const out: DateCandidate[] = [];
    for (let i = 0; i < candidates.length; i++) {
      const c = candidates[i];
      const next = candidates[i + 1];
      if (next && BETWEEN.test(text.slice(c.end, next.start))) {
        if (c.anchor.kind === "clock") {
          const day = dayAnchor(next);
          if (day) {
            out.push({ ...next, start: c.start, type: "time", anchor: withTime(day, c), source: `${next.source}+time` });
            i++;
            continue;
          }
        } else if (next.anchor.kind === "clock") {
          const day = dayAnchor(c);
          if (day) {
            out.push({ ...c, end: next.end, type: "time", anchor: withTime(day, next), source: `${c.source}+time` });
            i++;
            continue;
          }
        }
      }
      out.push(c);
    }
    return out;
  },
};
