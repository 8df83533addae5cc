/**
 * The `contextData` the Smart Alerts dialog hands to the task pane when the buyer selects
 * "Fix release" (Mailbox 1.14). The task pane reads it with
 * `Office.context.mailbox.item.getInitializationContextAsync` (through src/office) and parses it
 * here. A JSON string, because classic Outlook before Version 2402 accepts only strings.
 */
import type { Report, ReleaseKind, Verdict } from "../checker/types";
import { RELEASE_KINDS } from "../checker/types";

export interface AlertContext {
  verdict: "vague" | "incomplete";
  kind: ReleaseKind;
}

/** @example encodeAlertContext({ verdict: "vague", kind: "first-lot" }) //=> '{"verdict":"vague","kind":"first-lot"}' */
export function encodeAlertContext(report: Pick<Report, "verdict" | "kind">): string {
  return JSON.stringify({ verdict: report.verdict, kind: report.kind });
}

/**
 * The alert's context, or `undefined` when the task pane was opened some other way (no context,
 * or context that is not ours). Never throws.
 * @example parseAlertContext('{"verdict":"incomplete","kind":"first-lot"}') //=> { verdict: "incomplete", kind: "first-lot" }
 */
export function parseAlertContext(raw: unknown): AlertContext | undefined {
  let value: unknown = raw;
  if (typeof raw === "string") {
    if (raw.trim() === "") return undefined;
    try {
      value = JSON.parse(raw);
    } catch {
      return undefined;
    }
  }
  if (!value || typeof value !== "object") return undefined;
  const v = value as { verdict?: unknown; kind?: unknown };
  const verdict = v.verdict as Verdict;
  if (verdict !== "vague" && verdict !== "incomplete") return undefined;
  if (typeof v.kind !== "string" || RELEASE_KINDS.indexOf(v.kind as ReleaseKind) < 0) return undefined;
  return { verdict, kind: v.kind as ReleaseKind };
}
