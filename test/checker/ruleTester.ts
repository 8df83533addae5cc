/**
 * A small RuleTester in the spirit of ESLint's and textlint-tester's: each case is an email and the
 * expected status (and message id) of one detail, or the expected findings of a finding rule.
 * The empty string is always a case.
 */
import { analyze } from "../../src/checker";
import type { DetailKey, DetailStatus, ReleaseKind } from "../../src/checker";

export interface DetailCase {
  name: string;
  text: string;
  status: DetailStatus;
  kind?: ReleaseKind;
}

export function detailTable(detail: DetailKey, cases: DetailCase[]): void {
  const all: DetailCase[] = [{ name: "the empty string", text: "", status: "missing" }, ...cases];
  it.each(all.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    const report = analyze(c.text, c.kind ? { kind: c.kind } : undefined);
    expect(report.details[detail].status).toBe(c.status);
    for (const e of report.details[detail].evidence) expect(c.text.slice(e.range[0], e.range[1])).toBe(e.text);
    if (c.status !== "missing" && detail !== "approver") expect(report.details[detail].evidence.length).toBeGreaterThan(0);
  });
}

export interface FindingCase {
  name: string;
  text: string;
  /** Expected [messageId, quoted text] of the rule's error findings, in order. */
  errors: Array<[string, string]>;
}

export function findingTable(ruleId: string, cases: FindingCase[]): void {
  const all: FindingCase[] = [{ name: "the empty string", text: "", errors: [] }, ...cases];
  it.each(all.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    const found = analyze(c.text).findings.filter((f) => f.ruleId === ruleId && f.severity === "error");
    expect(found.map((f) => [f.messageId, f.text])).toEqual(c.errors);
    for (const f of found) expect(c.text.slice(f.range[0], f.range[1])).toBe(f.text);
  });
}
