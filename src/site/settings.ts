// Where the site is made from and goes: the settings `npm run build` and `npm run dev` share.
import { existsSync, statSync } from "node:fs";
import { resolve } from "node:path";
import { PROJECT_ROOT } from "../extract/cache.js";
import { articlesFolder } from "../extract/load.js";

export interface SiteSettings {
  /** The articles folder: BRIEFING_ARTICLES, else seeds/. */
  folder: string;
  /** The Framework root: BRIEFING_SITE_ROOT, else src/. */
  root: string;
  /** The site folder: BRIEFING_OUTPUT, else dist/. */
  output: string;
}

export function siteSettings(env: NodeJS.ProcessEnv = process.env): SiteSettings {
  return {
    folder: articlesFolder(),
    root: resolve(PROJECT_ROOT, env.BRIEFING_SITE_ROOT ?? "src"),
    output: resolve(PROJECT_ROOT, env.BRIEFING_OUTPUT ?? "dist"),
  };
}

/** A plain message when the articles folder is missing, else null. */
export function missingFolder(folder: string): string | null {
  return existsSync(folder) && statSync(folder).isDirectory()
    ? null
    : `the articles folder ${folder} does not exist (set BRIEFING_ARTICLES to a folder of articles)`;
}
