/**
 * How a Release Guard block is recognised in a body, without parsing its values: its first line
 * starts with {@link BLOCK_HEADER}, its last line with {@link BLOCK_SUMMARY}, and every line in
 * between starts with one of the block's labels. Parsing the values is the checker's job
 * (`parseSummaryLine`, `findBlockInText` in src/checker).
 */
import { BLOCK_HEADER, KIND_BLOCK_FIELDS, SUMMARY_PREFIX, buildKindBlock, parseKindSummaryLine } from "../checker";
import type { BlockKind, KindBlockFields } from "../checker/types";

export { BLOCK_HEADER };
/** The summary line's prefix, "[Release Guard v1]". */
export const BLOCK_SUMMARY = SUMMARY_PREFIX;

/** The labels of the block's middle lines (block format v1). */
const STATIC_LABELS = [
  "Release now:",
  "On hold:",
  "Next release trigger:",
  "Technical package:",
  "Next-lot approver:",
  "Need by:",
];

const SAMPLE_FIELDS: Omit<KindBlockFields, "kind"> = {
  lotId: "Lot 1",
  windowLabel: "week 47",
  previousQuantity: 40,
  lotQuantity: 25,
  unit: "units",
  orderTotal: 150,
  balanceQuantity: 125,
  orderRef: "PO 1",
  trigger: "install feedback from lot 1",
  revision: "C7",
  material: "black PETG",
  approverName: "Dana Ortiz",
  approverRole: "Purchasing Manager",
  needBy: "4 December 2026",
};

/** What a block without a lot is about, in describeBlock's words. */
const KIND_NOUNS: Record<BlockKind, string> = {
  "first-lot": "the first lot",
  "payment-trigger": "the payment-triggered lot",
  "shipment-window": "the shipment window",
  "sample-only": "the samples",
  "full-production": "full production",
  hold: "the hold",
  pause: "the pause",
};

let labels: string[] | null = null;

/**
 * The labels a block line may start with: the v1 list, plus whatever the current `buildKindBlock`
 * writes for every kind (so a wording change in the checker does not make the builder distrust
 * its own blocks).
 */
export function blockLabels(): readonly string[] {
  if (labels) return labels;
  const found = new Set(STATIC_LABELS);
  try {
    const lines = (Object.keys(KIND_BLOCK_FIELDS) as BlockKind[]).flatMap((kind) => buildKindBlock({ ...SAMPLE_FIELDS, kind }).text.split(/\r\n|\n|\r/));
    for (const line of lines) {
      const t = line.trim();
      const colon = t.indexOf(":");
      if (colon > 0 && colon <= 40 && !t.startsWith(BLOCK_HEADER) && !t.startsWith(BLOCK_SUMMARY)) {
        found.add(t.slice(0, colon + 1));
      }
    }
  } catch {
    // A checker still being written may throw: the static list is enough.
  }
  labels = [...found];
  return labels;
}

export function isHeaderLine(line: string): boolean {
  return normalizeSpaces(line).startsWith(BLOCK_HEADER);
}

export function isSummaryLine(line: string): boolean {
  return normalizeSpaces(line).startsWith(BLOCK_SUMMARY);
}

/** A middle line of a block: starts with one of the block's labels. */
export function isLabelledLine(line: string): boolean {
  const t = normalizeSpaces(line);
  return blockLabels().some((label) => t.startsWith(label));
}

/** Trims and turns no-break spaces and runs of blanks into single spaces. */
export function normalizeSpaces(s: string): string {
  return s.replace(/[\u00a0\t ]+/g, " ").trim();
}

/**
 * Words a buyer can find the old block by: "the old block for Lot 1 – 25 units (PO 4512)", from its
 * summary line when that parses, else from its first line.
 */
export function describeBlock(headerLine: string | null, summaryLine: string | null): string {
  let fields: KindBlockFields | null = null;
  if (summaryLine) {
    try {
      fields = parseKindSummaryLine(normalizeSpaces(summaryLine));
    } catch {
      fields = null;
    }
  }
  if (fields) {
    const ref = fields.orderRef ? ` (${fields.orderRef})` : "";
    const what = fields.lotId ?? (fields.windowLabel ? `window ${fields.windowLabel}` : KIND_NOUNS[fields.kind]);
    const qty = fields.lotQuantity ?? fields.orderTotal;
    return `the old block for ${what}${qty !== undefined ? ` – ${qty} ${fields.unit}` : ""}${ref}`;
  }
  if (headerLine) {
    const h = normalizeSpaces(headerLine);
    return `the old block starting “${h.length > 80 ? `${h.slice(0, 77)}…` : h}”`;
  }
  return "the old Release Guard block";
}

/**
 * Whether a block's lines are exactly what Release Guard wrote for its own summary line. A block
 * the buyer edited by hand (a changed number, a sentence added to a line) is not replaced, since
 * the update would drop that edit. Returns null when the block is as written, else the first line
 * that differs (or the summary line when it no longer parses).
 */
export function editedLine(lines: readonly string[]): string | null {
  const actual = lines.map(normalizeSpaces).filter((l) => l !== "");
  const summary = actual[actual.length - 1] ?? "";
  let fields: KindBlockFields | null = null;
  try {
    fields = parseKindSummaryLine(summary);
  } catch {
    fields = null;
  }
  if (!fields) return summary;
  let expected: string[];
  try {
    expected = buildKindBlock(fields).text.split(/\r\n|\n|\r/).map(normalizeSpaces).filter((l) => l !== "");
  } catch {
    return summary;
  }
  for (let i = 0; i < Math.max(actual.length, expected.length); i++) {
    if (actual[i] !== expected[i]) return actual[i] ?? actual[actual.length - 1] ?? "";
  }
  return null;
}
