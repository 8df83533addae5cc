/**
 * The human-readable report, laid out like a linter's: the file, its verdict and kind, one line
 * per detail (status and the quoted evidence), then the findings with line:column positions in
 * the analyzed text and their suggestions, then the quantities.
 */
import { DETAIL_KEYS } from "../checker/types";
import type { DetailKey, DetailStatus, Finding, Report, Severity, Verdict } from "../checker/types";

export interface Paint {
  bold(s: string): string;
  dim(s: string): string;
  red(s: string): string;
  yellow(s: string): string;
  green(s: string): string;
  cyan(s: string): string;
}

const sgr = (open: number, close: number) => (s: string) => `\u001b[${open}m${s}\u001b[${close}m`;

export const COLOUR: Paint = {
  bold: sgr(1, 22),
  dim: sgr(2, 22),
  red: sgr(31, 39),
  yellow: sgr(33, 39),
  green: sgr(32, 39),
  cyan: sgr(36, 39),
};

const id = (s: string) => s;
export const PLAIN: Paint = { bold: id, dim: id, red: id, yellow: id, green: id, cyan: id };

const DETAIL_LABEL: Record<DetailKey, string> = {
  lot: "lot",
  balance: "balance",
  trigger: "trigger",
  revisionMaterial: "revision+material",
  approver: "approver",
};

const VERDICT_LABEL: Record<Verdict, string> = {
  clean: "CLEAN",
  incomplete: "INCOMPLETE",
  vague: "VAGUE",
  "not-a-release": "NOT A RELEASE",
};

/**
 * Maps UTF-16 offsets of `text` to 1-based line:column, like an editor shows them. The line
 * starts are found once, so a report with many findings on a long thread stays linear.
 *
 * @example locator("a\nbc")(3) //=> "2:2"
 */
export function locator(text: string): (offset: number) => string {
  const starts = [0];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return (offset) => {
    const at = Math.max(0, Math.min(offset, text.length));
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= at) lo = mid;
      else hi = mid - 1;
    }
    return `${lo + 1}:${at - starts[lo] + 1}`;
  };
}

/** A short, one-line, quoted rendering of a piece of the text. */
export function quote(s: string, max = 60): string {
  const one = s.replace(/\s+/g, " ").trim();
  return JSON.stringify(one.length > max ? `${one.slice(0, max - 1)}…` : one);
}

function paintVerdict(v: Verdict, p: Paint): string {
  const label = p.bold(VERDICT_LABEL[v]);
  if (v === "clean") return p.green(label);
  if (v === "vague") return p.red(label);
  if (v === "incomplete") return p.yellow(label);
  return p.cyan(label);
}

function paintStatus(s: DetailStatus, p: Paint): string {
  const padded = s.padEnd(7);
  if (s === "present") return p.green(padded);
  if (s === "vague") return p.yellow(padded);
  return p.red(padded);
}

function paintSeverity(s: Severity, p: Paint): string {
  const padded = s.padEnd(7);
  if (s === "error") return p.red(padded);
  if (s === "warning") return p.yellow(padded);
  return p.cyan(padded);
}

function formatFinding(f: Finding, at: (offset: number) => string, p: Paint): string[] {
  const pos = at(f.range[0]).padEnd(7);
  const lines = [`  ${p.dim(pos)} ${paintSeverity(f.severity, p)} ${f.message}  ${p.dim(f.ruleId)}`];
  const indent = " ".repeat(2 + 7 + 1 + 7 + 1);
  if (f.text) lines.push(`${indent}${p.dim("at")} ${quote(f.text)}`);
  for (const s of f.suggestions ?? []) {
    lines.push(`${indent}${p.dim("fix:")} ${s.message}${s.replacement !== undefined ? ` → ${quote(s.replacement, 80)}` : ""}`);
  }
  return lines;
}

function formatQuantities(r: Report): string | undefined {
  const q = r.quantities;
  const unit = q.unit ? ` ${q.unit}` : "";
  const parts: string[] = [];
  if (q.released !== null) parts.push(`released ${q.released}${unit}`);
  if (q.onHold !== null) parts.push(`on hold ${q.onHold}${unit}`);
  if (q.total !== null) parts.push(`order total ${q.total}${unit}`);
  return parts.length ? parts.join(" · ") : undefined;
}

/**
 * One input's report as lines of text.
 *
 * @example formatHuman("po-4512.txt", report, text, PLAIN) //=> "po-4512.txt\n  VAGUE  first-lot\n  lot  vague  …"
 */
export function formatHuman(file: string, report: Report, text: string, p: Paint): string {
  const at = locator(text);
  const out: string[] = [p.bold(file)];
  out.push(`  ${paintVerdict(report.verdict, p)}  ${p.dim("kind:")} ${report.kind}`);
  if (report.verdict !== "not-a-release") {
    for (const key of DETAIL_KEYS) {
      const d = report.details[key];
      const evidence = d.evidence
        .slice(0, 3)
        .map((e) => `${quote(e.text, 48)} ${p.dim(`(${at(e.range[0])})`)}`)
        .join(", ");
      const more = d.evidence.length > 3 ? p.dim(` +${d.evidence.length - 3} more`) : "";
      const optional = d.required === false ? p.dim(" (not required)") : "";
      const parts = [`  ${DETAIL_LABEL[key].padEnd(18)} ${paintStatus(d.status, p)}`];
      if (evidence) parts.push(evidence + more);
      if (d.message) parts.push(p.dim(`— ${d.message}`));
      out.push(parts.join(" ") + optional);
    }
  } else {
    out.push(`  ${p.dim("releases or approves no production")}`);
  }
  if (report.findings.length) {
    out.push(`  ${p.bold("findings")}`);
    for (const f of report.findings) out.push(...formatFinding(f, at, p));
  }
  const q = formatQuantities(report);
  if (q) out.push(`  ${p.dim("quantities:")} ${q}`);
  return out.join("\n");
}

export interface Tally {
  clean: number;
  incomplete: number;
  vague: number;
  "not-a-release": number;
  unreadable: number;
}

/** The closing summary line: how many inputs ended how. */
export function formatSummary(t: Tally, p: Paint): string {
  const checked = t.clean + t.incomplete + t.vague + t["not-a-release"];
  const parts = [
    `${t.clean} clean`,
    `${t.incomplete} incomplete`,
    `${t.vague} vague`,
    `${t["not-a-release"]} not a release`,
  ];
  if (t.unreadable) parts.push(p.red(`${t.unreadable} unreadable`));
  const noun = checked === 1 ? "input" : "inputs";
  return `${checked} ${noun} checked: ${parts.join(", ")}`;
}
