// The build log: one line per file saying what happened to it.
import type { Tables } from "../extract/types.js";

export function fileReport(tables: Tables): string[] {
  const count = (rows: Array<{ article: string }>) => {
    const counts = new Map<string, number>();
    for (const r of rows) counts.set(r.article, (counts.get(r.article) ?? 0) + 1);
    return (id: string) => counts.get(id) ?? 0;
  };
  const mentions = count(tables.mentions);
  const dates = count(tables.dates);
  const figures = count(tables.figures);
  const quotes = count(tables.quotes);
  const fileOf = new Map(tables.articles.map((a) => [a.id, a.file]));
  const lines: Array<[string, string]> = [];
  for (const a of tables.articles) {
    const status = a.duplicateOf
      ? `duplicate  of ${fileOf.get(a.duplicateOf) ?? a.duplicateOf}, counted once`
      : `ok         ${mentions(a.id)} actor mentions, ${dates(a.id)} dates, ${figures(a.id)} figures, ${quotes(a.id)} quotes; date ${a.date ?? "unknown"} (${a.dateSource})`;
    lines.push([a.file, status]);
  }
  for (const r of tables.rejected) lines.push([r.file, `rejected   ${r.reason}`]);
  for (const w of tables.warnings ?? []) lines.push([w.file, `warning    ${w.message}`]);
  lines.sort((x, y) => x[0].localeCompare(y[0]));
  return lines.map(([file, status]) => `  ${file}: ${status}`);
}
