// The credit line of an article ("Source: Edition Cnn"): the line to drop and the credited name.
import { SOURCE_LINE } from "./patterns.js";

/** The credited source named by a line, or null when the line is not a source credit. */
export function sourceFromLine(line: string): string | null {
  const trimmed = line.trim();
  if (trimmed.length > 120) return null;
  const m = SOURCE_LINE.exec(trimmed);
  if (!m) return null;
  const name = m[1].replace(/[\s.]+$/, "").trim();
  // A credit names a publisher, not a sentence: refuse clauses ("Source: officials said that ...").
  if (!name || name.split(/\s+/).length > 8 || /[.!?]\s/.test(name)) return null;
  // Publisher names are capitalized ("Edition Cnn", "Reuters, AFP") or web domains ("cnn.com");
  // "Source: officials said the army would withdraw" is prose.
  if (/^[\w-]+(?:\.[\w-]+)+$/.test(name)) return name;
  const lower = name
    .split(/[\s,/&]+/)
    .filter((w) => /^\p{Ll}/u.test(w) && !/^(?:of|the|and|de|du|la|le|el|via|news|for|on|in|an|a)$/.test(w));
  if (!/^[\p{Lu}\p{N}]/u.test(name) || lower.length > 0) return null;
  return name;
}
