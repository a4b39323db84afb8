// Clock times: "10:35 a.m.", "about 6 a.m.", "10 p.m. EST", "noon", "midnight", "4 in the
// morning", "8 o'clock", "14:30 GMT", "0735 GMT". A clock time with no day gets its day from a date
// next to it ("9 a.m. Tuesday", merged by the attach-times refiner) or from its sentence or the
// article date. A bare "07:33" (a video timestamp, a score) is not a time; after a word that places it
// in time it is one, in 24-hour form ("the polls closed at 22:30").
import type { DateCandidate, DateParser, TimeOfDay } from "../candidate.js";
import { matchesIf } from "../lexicon.js";

const ZONE =
  "(?:\\s*\\(?(?:EST|EDT|CST|CDT|MST|MDT|PST|PDT|ET|CT|PT|GMT|UTC|BST|CET|CEST|EET|EEST|WET|MSK|IST|JST|KST|HKT|SGT|AEST|AEDT|WAT|EAT|CAT|SAST|PKT|ICT|local\\s+time)\\)?(?![A-Za-z]))";
const APPROX =
  "(?:(?:about|around|approximately|roughly|shortly\\s+(?:before|after)|just\\s+(?:before|after)|sometime\\s+after|exactly|precisely)\\s+)";
const HOUR_WORDS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];

const MERIDIEM = new RegExp(`\\b(${APPROX})?(\\d{1,2})(?:[:.](\\d{2}))?\\s*([ap])\\.?\\s?m\\b\\.?(${ZONE})?`, "gi");
const ZONED = new RegExp(`\\b(${APPROX})?(\\d{1,2}):(\\d{2})(${ZONE})`, "g");
/** A 24-hour clock time after a word that places it: "the polls closed at 22:30", "by 08:15", "from 14:00". */
const TWENTY_FOUR = new RegExp(
  `\\b((?:at|by|until|till|before|after|from|to|since|around|about|shortly\\s+(?:before|after)|just\\s+(?:before|after))\\s+)([01]?\\d|2[0-3])[:.h]([0-5]\\d)(?:\\s?(?:hours|hrs|h)\\b)?(?![\\d:.,]\\d|\\s*[ap]\\.?\\s?m\\b)`,
  "gi",
);
const MILITARY = /\b([01]\d|2[0-3])([0-5]\d)\s+(?:GMT|UTC|Zulu|local\s+time)\b/g;
const NAMED = /\b(?<!high\s)(noon|midnight|midday)\b/gi;
const IN_THE = new RegExp(
  `\\b(\\d{1,2}|${HOUR_WORDS.join("|")})(?::(\\d{2}))?\\s+(?:o['’]clock\\s+)?in\\s+the\\s+(morning|afternoon|evening)\\b`,
  "gi",
);
const OCLOCK = new RegExp(`\\b(\\d{1,2}|${HOUR_WORDS.join("|")})\\s+o['’]clock\\b`, "gi");

function hourOf(word: string): number {
  const i = HOUR_WORDS.indexOf(word.toLowerCase());
  return i >= 0 ? i + 1 : Number(word);
}

function clock(found: DateCandidate[], start: number, end: number, time: TimeOfDay, source: string): void {
  if (time.hour === undefined || time.hour > 24 || (time.minute ?? 0) > 59) return;
  found.push({ start, end, type: "time", anchor: { kind: "clock", time }, source });
}

export const timeParser: DateParser = {
  name: "time",
  parse(text: string): DateCandidate[] {
    const found: DateCandidate[] = [];
    for (const m of matchesIf(text, /\d\s*[ap]\.?\s?m/i, MERIDIEM)) {
      let hour = Number(m[2]);
      if (hour < 1 || hour > 12) continue;
      const pm = m[4].toLowerCase() === "p";
      if (pm && hour < 12) hour += 12;
      if (!pm && hour === 12) hour = 0;
      clock(found, m.index!, m.index! + m[0].length, { hour, minute: m[3] ? Number(m[3]) : 0 }, "time");
    }
    for (const m of matchesIf(text, /\d:\d\d/, ZONED))
      clock(found, m.index!, m.index! + m[0].length, { hour: Number(m[2]), minute: Number(m[3]) }, "time");
    for (const m of matchesIf(text, /\d[:.h][0-5]\d/, TWENTY_FOUR)) {
      // a zone after it is read above ("14:30 GMT"); "at 3.45" with no zone is a price as often as a time
      const start = m.index! + m[1].length;
      // "closed at 22:30", "by 08:15 hours": 24-hour form; "ends at 07:33" may be a video's running time
      if (Number(m[2]) < 13 && !/(?:hours|hrs|h)$/i.test(m[0])) continue;
      clock(found, start, m.index! + m[0].length, { hour: Number(m[2]), minute: Number(m[3]) }, "time/24h");
    }
    for (const m of matchesIf(text, /GMT|UTC|Zulu|local\s+time/, MILITARY))
      clock(found, m.index!, m.index! + m[0].length, { hour: Number(m[1]), minute: Number(m[2]) }, "time");
    for (const m of matchesIf(text, /noon|midnight|midday/i, NAMED)) {
      const word = m[1].toLowerCase();
      clock(found, m.index!, m.index! + m[0].length, { hour: word === "midnight" ? 24 : 12, minute: 0 }, "time");
    }
    for (const m of matchesIf(text, /in\s+the\s+(?:morning|afternoon|evening)/i, IN_THE)) {
      let hour = hourOf(m[1]);
      if (hour < 1 || hour > 12) continue;
      if (m[3].toLowerCase() !== "morning" && hour < 12) hour += 12;
      clock(found, m.index!, m.index! + m[0].length, { hour, minute: m[2] ? Number(m[2]) : 0 }, "time");
    }
    for (const m of matchesIf(text, /o['’]clock/i, OCLOCK)) {
      const hour = hourOf(m[1]);
      if (hour >= 1 && hour <= 12) clock(found, m.index!, m.index! + m[0].length, { hour, minute: 0 }, "time");
    }
    return found;
  },
};
