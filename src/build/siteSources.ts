// A hash of everything that shapes the rendered pages apart from their data: the pages, components,
// styles, the Framework config and the installed packages. When it changes, every page is rebuilt.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";

/** Folders under src/ that hold engine or build code, not pages. */
const NOT_PAGES = new Set(["extract", "evaluate", "build", "bench", ".observablehq"]);

/** `siteRoot`: the Framework root (src/ or a copy); `projectRoot`: where the config and lock file are. */
export function siteSourcesHash(siteRoot: string, projectRoot: string): string {
  const hash = createHash("sha256");
  const add = (path: string) => {
    if (!existsSync(path)) return;
    hash.update(relative(projectRoot, path));
    hash.update(readFileSync(path));
  };
  const walk = (dir: string, top: boolean) => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (top && NOT_PAGES.has(e.name)) continue;
      const path = join(dir, e.name);
      if (e.isDirectory()) walk(path, false);
      else add(path);
    }
  };
  walk(siteRoot, true);
  add(join(projectRoot, "observablehq.config.ts"));
  add(join(projectRoot, "package-lock.json"));
  return hash.digest("hex").slice(0, 16);
}
