/**
 * The clean approval block the builder inserts: plain sentences a shop can read aloud, one line
 * each (release, hold, trigger, technical package, next approver), and one compact summary line
 * that a program parses back. The text form is what `analyze` reads; the html form escapes every
 * value the buyer typed.
 */
import type { Block, BlockFields } from "./types";

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

function blockLines(fields: BlockFields): { title: string; lines: BlockLine[]; summary: string } {
  const unit = oneLine(fields.unit) || "units";
  const lotId = oneLine(fields.lotId);
  const balance = blockBalance(fields);
  const orderRef = fields.orderRef ? oneLine(fields.orderRef) : "";
  const title = orderRef ? `${BLOCK_HEADER} \u2013 ${orderRef}` : BLOCK_HEADER;
  const lines: BlockLine[] = [];
  const totalPart = fields.orderTotal !== undefined ? ` (order total ${fields.orderTotal} ${unit})` : "";
  lines.push({ label: "Release now", value: `${lotId} \u2013 ${fields.lotQuantity} ${unit}${totalPart}. Nothing beyond these ${fields.lotQuantity} ${unit} is released.` });
  if (balance !== undefined && balance > 0) {
    lines.push({ label: "On hold", value: `the remaining ${balance} ${unit} \u2013 do not start them; they stay on hold.` });
  } else {
    lines.push({ label: "On hold", value: `everything beyond ${lotId} \u2013 do not start it; it stays on hold.` });
  }
  lines.push({ label: "Next release trigger", value: `${oneLine(fields.trigger)}. The balance stays on hold until then.` });
  lines.push({ label: "Technical package", value: `revision ${oneLine(fields.revision)}, material ${oneLine(fields.material)}.` });
  const role = fields.approverRole ? ` (${oneLine(fields.approverRole)})` : "";
  lines.push({ label: "Next-lot approver", value: `only ${oneLine(fields.approverName)}${role} can release the next lot, in writing.` });
  if (fields.needBy && oneLine(fields.needBy)) lines.push({ label: "Need by", value: `${oneLine(fields.needBy)}.` });

  const parts: string[] = [`lot=${encodeValue(lotId)}`, `qty=${fields.lotQuantity}`, `unit=${encodeValue(unit)}`];
  if (fields.orderTotal !== undefined) parts.push(`total=${fields.orderTotal}`);
  if (balance !== undefined) parts.push(`hold=${balance}`);
  if (orderRef) parts.push(`po=${encodeValue(orderRef)}`);
  parts.push(`trigger=${encodeValue(fields.trigger)}`, `rev=${encodeValue(fields.revision)}`, `material=${encodeValue(fields.material)}`);
  parts.push(`approver=${encodeValue(fields.approverName)}`);
  if (fields.approverRole) parts.push(`role=${encodeValue(fields.approverRole)}`);
  if (fields.needBy && oneLine(fields.needBy)) parts.push(`needBy=${encodeValue(fields.needBy)}`);
  return { title, lines, summary: `${SUMMARY_PREFIX} ${parts.join(" | ")}` };
}

/**
 * Renders the approval block.
 * @example
 * buildBlock({ lotId: "Lot 1", lotQuantity: 25, unit: "units", orderTotal: 150, trigger: "install feedback from lot 1",
 *   revision: "C7", material: "black PETG", approverName: "Dana Ortiz", approverRole: "Purchasing Manager" }).text
 * //=> "Release approval (Release Guard)\nRelease now: Lot 1 – 25 units (order total 150 units). …"
 */
export function buildBlock(fields: BlockFields): Block {
  const { title, lines, summary } = blockLines(fields);
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

/** Parses a summary line back into the fields it records, or null when it is not one. */
export function parseSummaryLine(line: string): BlockFields | null {
  const trimmed = line.trim();
  if (!trimmed.startsWith(SUMMARY_PREFIX)) return null;
  const map: Record<string, string> = {};
  for (const part of trimmed.slice(SUMMARY_PREFIX.length).split("|")) {
    const eq = part.indexOf("=");
    if (eq <= 0) continue;
    map[part.slice(0, eq).trim()] = decodeValue(part.slice(eq + 1).trim());
  }
  const whole = (s: string | undefined): number | undefined => (s !== undefined && /^\d+$/.test(s) ? Number(s) : undefined);
  const lotQuantity = whole(map.qty);
  if (!map.lot || lotQuantity === undefined || !map.trigger || !map.rev || !map.material || !map.approver) return null;
  const fields: BlockFields = {
    lotId: map.lot,
    lotQuantity,
    unit: map.unit || "units",
    trigger: map.trigger,
    revision: map.rev,
    material: map.material,
    approverName: map.approver,
  };
  const total = whole(map.total);
  if (total !== undefined) fields.orderTotal = total;
  const hold = whole(map.hold);
  if (hold !== undefined) fields.balanceQuantity = hold;
  if (map.po) fields.orderRef = map.po;
  if (map.role) fields.approverRole = map.role;
  if (map.needBy) fields.needBy = map.needBy;
  return fields;
}

export interface FoundBlock {
  /** Offset of the header line. */
  start: number;
  /** Offset just after the summary line. */
  end: number;
  fields: BlockFields;
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
    const fields = parseSummaryLine(summary);
    from = lineEnd;
    if (!fields || summary.slice(0, at - lineStart).trim() !== "") continue;
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
    found.push({ start, end, fields });
  }
  return found;
}

/** The first Release Guard block in a text body, or null. */
export function findBlockInText(text: string): FoundBlock | null {
  const all = findBlocksInText(text);
  return all.length ? all[0] : null;
}
