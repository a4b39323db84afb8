// The ingest report: every file in the articles folder and what happened to it.
import type { IngestWarning } from "../extract/types.js";
import { tableOf, type PageContext } from "./context.js";
import { articleHref } from "./routes.js";

/** `folder`: the articles folder as the report names it (relative to the project, or "."). */
export function ingestPage(ctx: PageContext, folder: string) {
  const t = ctx.tables;
  const warningsOf = tableOf(t.warnings ?? [], ["file", "message"])
    .groupby("file")
    .objects({ grouped: "map" }) as unknown as Map<string, IngestWarning[]>;
  const messages = (file: string) => (warningsOf.get(file) ?? []).map((w) => w.message);
  const files = [
    ...t.articles.map((a) => ({
      file: a.file,
      status: a.duplicateOf ? "duplicate" : "in briefing",
      reason: null,
      // a duplicate's reason is `duplicate of [n] file`: the page numbers it
      duplicateOf: a.duplicateOf ? { cite: a.duplicateOf, file: ctx.articles.get(a.duplicateOf)?.file ?? a.duplicateOf } : null,
      duplicateHref: a.duplicateOf ? articleHref(a.duplicateOf) : null,
      cite: a.id as string | null,
      title: a.title,
      date: a.date,
      dateSource: a.dateSource,
      href: articleHref(a.id),
      warnings: messages(a.file),
    })),
    ...t.rejected.map((r) => ({
      file: r.file,
      status: "rejected",
      reason: r.reason as string | null,
      duplicateOf: null,
      duplicateHref: null,
      cite: null,
      title: null,
      date: null,
      dateSource: null,
      href: null,
      warnings: messages(r.file),
    })),
  ].sort((a, b) => a.file.localeCompare(b.file));
  const known = new Set(files.map((f) => f.file));
  return { folder, files, orphanWarnings: (t.warnings ?? []).filter((w) => !known.has(w.file)) };
}
