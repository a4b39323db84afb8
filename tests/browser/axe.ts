// Runs Deque's axe-core in a page (injected from node_modules with Playwright) against WCAG 2.1
// A and AA, and formats its violations for a failing test's message.
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

/** The WCAG 2.1 A and AA rules (axe's tags), plus its best practices that the issue names. */
export const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

export interface AxeViolation {
  id: string;
  impact: "minor" | "moderate" | "serious" | "critical" | null;
  help: string;
  helpUrl: string;
  nodes: Array<{ target: string[]; failureSummary?: string; html: string }>;
}

/** axe's violations on the page as it is now. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ content: AXE_SOURCE });
  return page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: "tag", values: tags }, resultTypes: ["violations"] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      helpUrl: v.helpUrl,
      nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary, html: n.html.slice(0, 200) })),
    }));
  }, AXE_TAGS);
}

/** Violations, one block per rule: impact, rule, help, and up to `max` nodes with what fails. */
export function describeViolations(where: string, violations: readonly AxeViolation[], max = 5): string {
  return violations
    .map((v) => {
      const nodes = v.nodes
        .slice(0, max)
        .map((n) => `    ${n.target.join(" ")}\n      ${n.html}\n      ${(n.failureSummary ?? "").replace(/\n/g, "\n      ")}`)
        .join("\n");
      return `${where}: [${v.impact}] ${v.id} (${v.nodes.length} node(s)): ${v.help}\n  ${v.helpUrl}\n${nodes}${v.nodes.length > max ? `\n    … and ${v.nodes.length - max} more` : ""}`;
    })
    .join("\n");
}
