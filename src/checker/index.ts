// Provisional analyze stub while the engine is being written; signatures are final.
import type { AnalyzeOptions, Report } from "./types";
export * from "./types";
export { buildBlock, parseSummaryLine, findBlockInText, findBlocksInText, escapeHtml, blockBalance, BLOCK_HEADER, SUMMARY_PREFIX } from "./block";
export type { FoundBlock } from "./block";
export function analyze(text: string, options?: AnalyzeOptions): Report {
  void text; void options;
  const d = { status: "missing" as const, evidence: [], message: "" };
  return { kind: "not-a-release", verdict: "not-a-release", details: { lot: d, balance: d, trigger: d, revisionMaterial: d, approver: d }, findings: [], quantities: { released: null, onHold: null, total: null, unit: null } };
}
