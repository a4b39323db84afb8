// The targets of issue 11, measured against what the bench printed: extraction at least 4x as fast
// as compromise + chrono-node (per document, and start-up included), a cold build of 2,000 articles
// in at most 4x the time of extraction alone, 10,000 articles in under 3 minutes and 2 GB; and of
// issue 19: a rebuild after one new, changed or deleted article in a small share of the cold build.
import { failed, rebuildMs, type BuildRun } from "./builds.js";
import type { PerDocument } from "./perDocument.js";
import type { StartupRow } from "./startup.js";
import { MB, fixed, formatTable, seconds } from "./timing.js";

export function targets(doc: PerDocument, startup: StartupRow[], runs: BuildRun[], workers: number): string {
  const rows = [["target", "measured", "met"]];
  const add = (target: string, measured: string, met: boolean | null) =>
    rows.push([target, measured, met === null ? "–" : met ? "yes" : "NO"]);
  add(
    "extraction ≥ 4x as fast as compromise + chrono-node, per document (one thread)",
    `${fixed(doc.theirs / doc.ours, 2)}x`,
    doc.theirs / doc.ours >= 4,
  );
  for (const r of startup) {
    add(`  start-up included, ${r.texts}, ${workers} threads`, `${fixed(r.theirs / r.ours, 2)}x`, r.theirs / r.ours >= 4);
    add(`  start-up included, ${r.texts}, 1 thread`, `${fixed(r.theirs / r.oursOne, 2)}x`, r.theirs / r.oursOne >= 4);
  }
  for (const r of runs) {
    if (r.size === 2000)
      add(
        "cold build ≤ 4x `extract --no-cache`, 2,000 articles",
        `${fixed(r.cold.ms / r.extract.ms, 2)}x`,
        !failed(r.cold) && r.cold.ms / r.extract.ms <= 4,
      );
    if (r.size === 10000) add("10,000 articles cold in under 3 min", seconds(r.cold.ms), !failed(r.cold) && r.cold.ms < 180_000);
    // issue 19: a rebuild after one new, changed or deleted article against the cold build
    const limit = r.size >= 10000 ? 0.07 : r.size >= 2000 ? 0.15 : r.size <= 100 ? 0.3 : null;
    const rebuilds: Array<[string, number]> = [
      ["+1 article", rebuildMs(r)],
      ["one changed article", failed(r.changed) ? NaN : r.changed.ms],
      ["one deleted article", failed(r.deleted) ? NaN : r.deleted.ms],
    ];
    for (const [what, ms] of rebuilds) {
      const share = ms / r.cold.ms;
      add(
        `rebuild after ${what}, ${r.size.toLocaleString("en-US")} articles${limit === null ? "" : `: ≤ ${limit} of the cold build`}`,
        Number.isNaN(ms) || failed(r.cold) ? "FAILED" : `${seconds(ms)} (${fixed(share, 2)})`,
        limit === null ? null : !Number.isNaN(share) && share <= limit,
      );
    }
    const peak = Math.max(r.extract.peakRss, r.cold.peakRss, ...[...r.again, r.changed, r.deleted].map((m) => m.peakRss));
    if (r.size === 10000) add("peak memory under 2 GB at 10,000 articles (all processes)", `${fixed(peak / MB, 0)} MB`, peak < 2048 * MB);
  }
  return `targets (issues 11 and 19)\n${formatTable(rows)}`;
}
