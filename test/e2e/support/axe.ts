/**
 * Accessibility check of one state of the page with axe-core (its default rule set: WCAG 2.0/2.1
 * A and AA plus best practices). The tests fail on any violation of impact "serious" or "critical"
 * inside the given region(s); each one is described with its nodes so the failure says what to fix.
 */
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "playwright-core";

const BLOCKING = new Set(["serious", "critical"]);

export interface AxeSummary {
  /** Every violation, as "rule (impact): n node(s)". */
  all: string[];
  /** The serious and critical ones, described in full. */
  blocking: string[];
}

export async function axeCheck(page: Page, selectors: string[]): Promise<AxeSummary> {
  let builder = new AxeBuilder({ page });
  for (const selector of selectors) builder = builder.include(selector);
  const results = await builder.analyze();
  const all = results.violations.map((v) => `${v.id} (${v.impact ?? "unknown"}): ${v.nodes.length} node(s)`);
  const blocking = results.violations
    .filter((v) => BLOCKING.has(v.impact ?? ""))
    .map((v) =>
      [
        `${v.id} [${v.impact}] ${v.help} — ${v.helpUrl}`,
        ...v.nodes.map((n) => `    at ${n.target.join(" ")}\n      ${(n.failureSummary ?? "").replace(/\n/g, "\n      ")}\n      ${n.html.slice(0, 300)}`),
      ].join("\n"),
    );
  return { all, blocking };
}
