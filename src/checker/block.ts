/**
 * The clean approval block the builder inserts: plain sentences a shop can read aloud, one line
 * each (release, hold, trigger, technical package, next approver), and one compact summary line
 * that a program parses back. The text form is what `analyze` reads; the html form escapes every
 * value the buyer typed.
 */
import type { Block, BlockFields, BlockKind, KindBlockFields } from "./types";

export const BLOCK_HEADER = "Release approval (Release Guard)";
export const SUMMARY_PREFIX = "[Release Guard v1]";

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

/** Collapses line breaks and runs of white space so one value stays on one line. */
function oneLine(value: string): string {
  return value.replace(/\s+/g, " ").trim();
}

function encodeValue(value: string): string {
  return oneLine(value).replace(/%/g, "%25").replace(/\|/g, "%7C");
}

function decodeValue(value: string): string {
  return value.replace(/%7C/gi, "|").replace(/%0A/gi, "\n").replace(/%25/g, "%");
}

/** The balance the block states: the explicit one, else order total − lot, else none. */
export function blockBalance(fields: BlockFields): number | undefined {
  if (fields.balanceQuantity !== undefined) return fields.balanceQuantity;
  if (fields.orderTotal !== undefined) return fields.orderTotal - fields.lotQuantity;
  return undefined;
}

interface BlockLine {
  label: string;
  value: string;
}

type FieldName = Exclude<keyof KindBlockFields, "kind">;

/** The fields each kind's block needs (beyond `unit`), as data: the builder's form reads the same table. */
export const KIND_BLOCK_FIELDS: Readonly<Record<BlockKind, readonly FieldName[]>> = {
  "first-lot": ["lotId", "lotQuantity", "trigger", "revision", "material", "approverName"],
  "payment-trigger": ["lotId", "lotQuantity", "trigger", "revision", "material", "approverName"],
  "shipment-window": ["windowLabel", "lotQuantity", "trigger", "revision", "material", "approverName"],
  "sample-only": ["lotQuantity", "trigger", "revision", "material", "approverName"],
  "full-production": ["lotQuantity", "revision", "material", "approverName"],
  hold: ["orderTotal", "trigger", "approverName"],
  pause: ["lotId", "previousQuantity", "lotQuantity", "trigger", "revision", "material", "approverName"],
};

/** The required fields a kind's block still lacks (empty strings and non-numbers count as missing). */
export function missingBlockFields(fields: KindBlockFields): FieldName[] {
  const need = KIND_BLOCK_FIELDS[fields.kind] ?? KIND_BLOCK_FIELDS["first-lot"];
  return need.filter((k) => {
    const v = fields[k];
    return v === undefined || (typeof v === "string" && oneLine(v) === "") || (typeof v === "number" && !Number.isFinite(v));
  });
}

const NUMBER_FIELDS: readonly FieldName[] = ["lotQuantity", "orderTotal", "balanceQuantity", "previousQuantity"];
const SUMMARY_KEYS: ReadonlyArray<[FieldName, string]> = [
  ["lotId", "lot"], ["lotQuantity", "qty"], ["unit", "unit"], ["orderTotal", "total"], ["balanceQuantity", "hold"],
  ["orderRef", "po"], ["windowLabel", "window"], ["previousQuantity", "from"], ["trigger", "trigger"], ["revision", "rev"],
  ["material", "material"], ["approverName", "approver"], ["approverRole", "role"], ["needBy", "needBy"],
];

function str(v: string | undefined): string {
  return v ? oneLine(v) : "";
}

function kindLines(f: KindBlockFields): { title: string; lines: BlockLine[] } {
  const unit = str(f.unit) || "units";
  const qty = f.lotQuantity;
  const lotId = str(f.lotId);
  const orderRef = str(f.orderRef);
  const role = f.approverRole && str(f.approverRole) ? ` (${str(f.approverRole)})` : "";
  const approver = `${str(f.approverName)}${role}`;
  const tech: BlockLine = { label: "Technical package", value: `revision ${str(f.revision)}, material ${str(f.material)}.` };
  const balance = f.balanceQuantity !== undefined ? f.balanceQuantity : f.orderTotal !== undefined && qty !== undefined ? f.orderTotal - qty : undefined;
  const totalPart = f.orderTotal !== undefined ? ` (order total ${f.orderTotal} ${unit})` : "";
  const holdLine = (what: string): BlockLine =>
    balance !== undefined && balance > 0
      ? { label: "On hold", value: `the remaining ${balance} ${unit} \u2013 do not start them; they stay on hold.` }
      : { label: "On hold", value: `everything beyond ${what} \u2013 do not start it; it stays on hold.` };
  const lines: BlockLine[] = [];
  switch (f.kind) {
    case "sample-only": {
      lines.push({ label: "Samples now", value: `${qty} samples only \u2013 no production quantity is released.` });
      const production = f.orderTotal !== undefined ? `the ${f.orderTotal} ${unit} on order` : "production";
      lines.push({ label: "Production", value: `${production} \u2013 not released; do not start production.` });
      lines.push({ label: "Next step", value: `production is considered only after ${str(f.trigger)}.` });
      lines.push(tech);
      lines.push({ label: "Production release", value: `only ${approver} can release production, in writing.` });
      break;
    }
    case "full-production": {
      lines.push({ label: "Full production release", value: `all ${qty} ${unit}${orderRef ? ` on ${orderRef}` : ""} \u2013 the hold is removed; no further stages follow.` });
      lines.push(tech);
      lines.push({ label: "Release authority", value: `${approver}.` });
      break;
    }
    case "hold": {
      lines.push({ label: "On hold", value: `production of the ${f.orderTotal} ${unit} stays on hold \u2013 nothing in this email releases it.` });
      lines.push({ label: "Hold lifted when", value: `${str(f.trigger)}. Production stays on hold until then.` });
      if (str(f.revision) && str(f.material)) lines.push(tech);
      lines.push({ label: "Production release", value: `only ${approver} can release production, in writing.` });
      break;
    }
    case "pause": {
      lines.push({ label: "Change to the release", value: `${lotId} is cut from ${f.previousQuantity} to ${qty} ${unit}${totalPart}; stop printing once ${qty} ${unit} are done.` });
      lines.push(holdLine(lotId));
      lines.push({ label: "Restart trigger", value: `nothing more is released until ${str(f.trigger)}.` });
      lines.push(tech);
      lines.push({ label: "Restart authority", value: `only ${approver} can release the next lot, in writing.` });
      break;
    }
    case "shipment-window": {
      lines.push({ label: "Release now", value: `delivery window ${str(f.windowLabel)} \u2013 ${qty} ${unit} only${totalPart}. Nothing beyond these ${qty} ${unit} is released.` });
      lines.push(holdLine("this window"));
      lines.push({ label: "Next release trigger", value: `${str(f.trigger)}. The balance stays on hold until then.` });
      lines.push(tech);
      lines.push({ label: "Next-window approver", value: `only ${approver} can release the next window, in writing.` });
      break;
    }
    case "payment-trigger":
    case "first-lot":
    default: {
      lines.push({ label: "Release now", value: `${lotId} \u2013 ${qty} ${unit}${totalPart}. Nothing beyond these ${qty} ${unit} is released.` });
      lines.push(holdLine(lotId));
      const payment = f.kind === "payment-trigger" ? " The payment opens the decision; it does not release the next lot by itself." : "";
      lines.push({ label: "Next release trigger", value: `${str(f.trigger)}. The balance stays on hold until then.${payment}` });
      lines.push(tech);
      lines.push({ label: "Next-lot approver", value: `only ${approver} can release the next lot, in writing.` });
    }
  }
  if (f.kind !== "full-production" && str(f.needBy)) lines.push({ label: "Need by", value: `${str(f.needBy)}.` });
  if (f.kind === "full-production" && str(f.needBy)) lines.push({ label: "Start", value: `now; complete by ${str(f.needBy)}.` });
  const title = orderRef ? `${BLOCK_HEADER} \u2013 ${orderRef}` : BLOCK_HEADER;
  return { title, lines };
}

function summaryLine(f: KindBlockFields): string {
  const parts: string[] = [];
  if (f.kind !== "first-lot") parts.push(`kind=${f.kind}`);
  const withBalance: KindBlockFields = { ...f };
  if (withBalance.balanceQuantity === undefined && f.orderTotal !== undefined && f.lotQuantity !== undefined && (f.kind === "first-lot" || f.kind === "payment-trigger" || f.kind === "shipment-window" || f.kind === "pause")) {
    withBalance.balanceQuantity = f.orderTotal - f.lotQuantity;
  }
  for (const [field, key] of SUMMARY_KEYS) {
    const v = withBalance[field];
    if (v === undefined) continue;
    if (typeof v === "number") parts.push(`${key}=${v}`);
    else if (oneLine(v)) parts.push(`${key}=${encodeValue(v)}`);
  }
  return `${SUMMARY_PREFIX} ${parts.join(" | ")}`;
}

/**
 * Renders the approval block of any kind (the first-lot block by default).
 * @example
 * buildKindBlock({ kind: "sample-only", lotQuantity: 3, unit: "pcs", orderTotal: 600, trigger: "our lab report on the samples is signed",
 *   revision: "B", material: "PEEK natural", approverName: "Yusra Malik" }).text.split("\n")[1]
 * //=> "Samples now: 3 samples only – no production quantity is released."
 */
export function buildKindBlock(fields: KindBlockFields): Block {
  const f: KindBlockFields = { ...fields, kind: fields.kind in KIND_BLOCK_FIELDS ? fields.kind : "first-lot" };
  const { title, lines } = kindLines(f);
  const summary = summaryLine(f);
  const text = [title, ...lines.map((l) => `${l.label}: ${l.value}`), summary].join("\n");
  const p = (inner: string): string => `<p style="margin:0">${inner}</p>`;
  const html =
    `<div class="release-guard-block" data-release-guard="v1" style="border-left:3px solid #0f6cbd;padding:4px 0 4px 10px;margin:8px 0">` +
    p(`<strong>${escapeHtml(title)}</strong>`) +
    lines.map((l) => p(`<strong>${escapeHtml(l.label)}:</strong> ${escapeHtml(l.value)}`)).join("") +
    `<p style="margin:4px 0 0 0;font-size:smaller;color:#616161">${escapeHtml(summary)}</p>` +
    `</div>`;
  return { text, html };
}

/**
 * Renders the first-lot approval block.
 * @example
 * buildBlock({ lotId: "Lot 1", lotQuantity: 25, unit: "units", orderTotal: 150, trigger: "install feedback from lot 1",
 *   revision: "C7", material: "black PETG", approverName: "Dana Ortiz", approverRole: "Purchasing Manager" }).text
 * //=> "Release approval (Release Guard)\nRelease now: Lot 1 – 25 units (order total 150 units). …"
 */
export function buildBlock(fields: BlockFields): Block {
  return buildKindBlock({ ...fields, kind: "first-lot" });
}

/** Parses any kind's summary line back into its fields, or null when it is not one. */
export function parseKindSummaryLine(line: string): KindBlockFields | null {
  const trimmed = line.trim();
  if (!trimmed.startsWith(SUMMARY_PREFIX)) return null;
  const map: Record<string, string> = {};
  for (const part of trimmed.slice(SUMMARY_PREFIX.length).split("|")) {
    const eq = part.indexOf("=");
    if (eq <= 0) continue;
    map[part.slice(0, eq).trim()] = decodeValue(part.slice(eq + 1).trim());
  }
  const kind = (map.kind || "first-lot") as BlockKind;
  if (!(kind in KIND_BLOCK_FIELDS)) return null;
  const fields: KindBlockFields = { kind, unit: map.unit || "units" };
  for (const [field, key] of SUMMARY_KEYS) {
    const raw = map[key];
    if (raw === undefined || field === "unit") continue;
    if (NUMBER_FIELDS.includes(field)) {
      if (!/^-?\d+$/.test(raw)) return null;
      (fields as unknown as Record<string, number>)[field] = Number(raw);
    } else {
      (fields as unknown as Record<string, string>)[field] = raw;
    }
  }
  return missingBlockFields(fields).length ? null : fields;
}

/** Parses a first-lot summary line back into its BlockFields, or null when it is not one. */
export function parseSummaryLine(line: string): BlockFields | null {
  const f = parseKindSummaryLine(line);
  if (!f || f.kind !== "first-lot") return null;
  // Every first-lot field is present here (parseKindSummaryLine checked), so the view loses nothing.
  return asBlockFields(f);
}

export interface FoundBlock {
  /** Offset of the header line. */
  start: number;
  /** Offset just after the summary line. */
  end: number;
  /** The block's fields as the first-lot builder knows them (best effort for other kinds). */
  fields: BlockFields;
  /** The block's kind and all its fields. */
  kindFields: KindBlockFields;
}

function asBlockFields(f: KindBlockFields): BlockFields {
  const out: BlockFields = {
    lotId: f.lotId ?? (f.windowLabel ? `Window ${f.windowLabel}` : ""),
    lotQuantity: f.lotQuantity ?? 0,
    unit: f.unit,
    trigger: f.trigger ?? "",
    revision: f.revision ?? "",
    material: f.material ?? "",
    approverName: f.approverName ?? "",
  };
  if (f.orderTotal !== undefined) out.orderTotal = f.orderTotal;
  if (f.balanceQuantity !== undefined) out.balanceQuantity = f.balanceQuantity;
  if (f.orderRef !== undefined) out.orderRef = f.orderRef;
  if (f.approverRole !== undefined) out.approverRole = f.approverRole;
  if (f.needBy !== undefined) out.needBy = f.needBy;
  return out;
}

/**
 * Finds the Release Guard blocks in a text body: each runs from its header line to its summary
 * line. A summary line with no header above it within ten lines counts alone.
 */
export function findBlocksInText(text: string): FoundBlock[] {
  const found: FoundBlock[] = [];
  let from = 0;
  while (from < text.length) {
    const at = text.indexOf(SUMMARY_PREFIX, from);
    if (at === -1) break;
    const lineStart = text.lastIndexOf("\n", at - 1) + 1;
    let lineEnd = text.indexOf("\n", at);
    if (lineEnd === -1) lineEnd = text.length;
    const summary = text.slice(lineStart, lineEnd).replace(/\r$/, "");
    const kindFields = parseKindSummaryLine(summary);
    from = lineEnd;
    if (!kindFields || summary.slice(0, at - lineStart).trim() !== "") continue;
    let start = lineStart;
    const headerAt = text.lastIndexOf(BLOCK_HEADER, at);
    if (headerAt !== -1) {
      const headerLineStart = text.lastIndexOf("\n", headerAt - 1) + 1;
      const between = text.slice(headerLineStart, lineStart);
      const lineCount = between.split("\n").length - 1;
      const previous = found.length ? found[found.length - 1].end : 0;
      if (lineCount <= 10 && headerLineStart >= previous && text.slice(headerLineStart, headerAt).trim() === "") start = headerLineStart;
    }
    const end = summary.endsWith("\r") ? lineEnd : lineStart + summary.length;
    found.push({ start, end, fields: asBlockFields(kindFields), kindFields });
  }
  return found;
}

/** The first Release Guard block in a text body, or null. */
export function findBlockInText(text: string): FoundBlock | null {
  const all = findBlocksInText(text);
  return all.length ? all[0] : null;
}
