/**
 * Pre-fills the first-lot form from what is already known, in this order of trust:
 * 1. a Release Guard block already in the buyer's current text (what they confirmed before);
 * 2. what the checker found in the email (quantities, and the lot, revision, material, trigger and
 *    approver in each detail's evidence);
 * 3. the buyer's saved defaults (approver, material, unit) for whatever is still empty.
 * The order reference is read from the buyer's current text (never from the quoted thread).
 */
import { findBlockInText } from "../checker";
import type { BlockKind, Detail, KindBlockFields, Report } from "../checker/types";
import { toIsoDate } from "./presets";
import { currentPart } from "./quoted";
import type { BuilderDefaults, FirstLotFieldId, FirstLotValues, Prefill, ValueSource } from "./types";
import { autoBalance, emptyFirstLotValues } from "./validate";

export interface PrefillInput {
  report: Report | null;
  /** The body text the report was made from. */
  bodyText: string;
  defaults?: BuilderDefaults | null;
}

/** One piece of evidence, with the line of the body around it (when its range matches the body). */
interface Found {
  text: string;
  line: string;
  /** Where `text` starts within `line` (-1 when the range did not match the body). */
  at: number;
}

function found(detail: Detail | undefined, body: string): Found[] {
  if (!detail || detail.status === "missing") return [];
  const out: Found[] = [];
  for (const e of detail.evidence) {
    if (typeof e.text !== "string" || e.text.trim() === "") continue;
    const [start, end] = Array.isArray(e.range) ? e.range : [-1, -1];
    if (start >= 0 && end <= body.length && body.slice(start, end) === e.text) {
      const lineStart = body.lastIndexOf("\n", start - 1) + 1;
      let lineEnd = body.indexOf("\n", end);
      if (lineEnd === -1) lineEnd = body.length;
      out.push({ text: e.text, line: body.slice(lineStart, lineEnd), at: start - lineStart });
    } else {
      out.push({ text: e.text, line: e.text, at: 0 });
    }
  }
  return out;
}

const ORDINALS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, fifth: 5, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5 };

/**
 * The lot identifier in a piece of text: "LOT-2024-117", "lot 1", "Lot A", "the first lot" → "Lot 1".
 *
 * @example
 * lotIdFrom("approve lot 1 for 25 units") //=> "Lot 1"
 */
export function lotIdFrom(text: string): string {
  const code = /\b(LOT[-_][A-Z0-9][A-Z0-9-_]*)/i.exec(text);
  if (code) return code[1].toUpperCase();
  const numbered = /\blot\s*(?:#|no\.?\s*|number\s*)?(\d{1,4}|[A-Z])\b/i.exec(text);
  if (numbered) return `Lot ${numbered[1].toUpperCase()}`;
  const ordinal = /\b(first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th)\s+(?:production\s+)?(?:lot|batch|run|release)\b/i.exec(text);
  if (ordinal) return `Lot ${ORDINALS[ordinal[1].toLowerCase()]}`;
  return "";
}

/**
 * The file revision in a piece of text: "rev C7" → "C7", "revision D" → "D",
 * "bracket_revD.step" → "D (bracket_revD.step)".
 *
 * @example
 * revisionFrom("25 units, rev C7, black PETG") //=> "C7"
 */
export function revisionFrom(text: string): string {
  const file = /\b([\w-]*?[_-]rev\.?([A-Z0-9]{1,4})\.(?:step|stp|stl|3mf|obj|iges|igs|x_t|sldprt|f3d))\b/i.exec(text);
  if (file) return `${file[2].toUpperCase()} (${file[1]})`;
  const re = /\brev(?:ision)?\.?\s*(?:[:#]\s*)?([A-Z0-9][A-Za-z0-9.-]{0,11})/gi;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const value = m[1].replace(/[.-]+$/, "");
    // A revision has a digit or is an upper-case letter code ("C7", "3", "D", "AB"); "of" is not one.
    if (/\d/.test(value) || /^[A-Z]{1,3}$/.test(value)) return value;
  }
  return "";
}

const MATERIALS = [
  "PA12-CF", "PA12 GB", "PA 12", "PA12", "PA11", "PA 11", "PA6", "CF-PETG", "PETG-CF", "PETG", "PLA\\+?", "ABS", "ASA",
  "TPU(?:\\s?\\d{2}A)?", "PC-ABS", "PC", "PEEK", "PEKK", "ULTEM(?:\\s?\\d{4})?", "PEI", "HIPS", "PP", "PVA", "nylon(?:\\s?1[12])?",
  "polycarbonate", "polypropylene", "carbon[- ]fib(?:er|re) nylon", "(?:tough|standard|clear|rigid|flexible|dental|castable|high[- ]temp) resin", "resin",
  "aluminium", "aluminum", "stainless steel", "316L", "Ti-?6Al-?4V", "titanium",
];
const FINISH =
  "(?:black|white|gr[ae]y|natural|red|blue|green|yellow|orange|clear|transparent|translucent|silver|beige|tan|brown|purple|pink|" +
  "matte|matt|glossy|satin|dyed|raw|smooth|polished|painted|vapou?r[- ]smoothed|bead[- ]blasted|sanded|primed|RAL\\s?\\d{4})";
const MATERIAL_RE = new RegExp(
  `((?:\\b${FINISH}[\\s,-]+){0,3})\\b(${MATERIALS.join("|")})\\b((?:[\\s,]+(?:in\\s+)?(?:${FINISH})\\b(?:[\\s-]+${FINISH}\\b)*)?)`,
  "i",
);

/**
 * The material with its colour or finish: "black PETG", "PA12 in dyed black". With `near`, only
 * the mention that covers that offset (the checker's evidence) counts.
 *
 * @example
 * materialFrom("25 units, rev C7, black PETG") //=> "black PETG"
 */
export function materialFrom(text: string, near = -1): string {
  const all = new RegExp(MATERIAL_RE.source, "gi");
  let m: RegExpExecArray | null;
  let first = "";
  while ((m = all.exec(text)) !== null) {
    const value = `${m[1]}${m[2]}${m[3]}`.replace(/\s+/g, " ").replace(/^[\s,]+|[\s,]+$/g, "");
    if (near < 0 || (m.index <= near && near < m.index + m[0].length)) return value;
    if (!first) first = value;
    if (m[0].length === 0) all.lastIndex++;
  }
  return near < 0 ? first : "";
}

const NOT_NAMES = new Set([
  "Lot", "Release", "Please", "Thanks", "Thank", "Hi", "Hello", "Dear", "Purchasing", "Manager", "Only", "The", "Our", "We",
  "Next", "Approval", "Approve", "Approved", "Order", "Rev", "Revision", "Black", "White", "Engineering", "Operations",
  "Director", "Buyer", "Head", "Lead", "Program", "Quality", "Supply", "Chain", "Monday", "Tuesday", "Wednesday", "Thursday",
  "Friday", "Saturday", "Sunday",
]);

const NAME_RE = /\b(\p{Lu}[\p{Ll}'’-]+(?:\s+(?:de|van|von|da|del|di|la|le)\s+)?(?:\s+\p{Lu}[\p{Ll}'’-]+){1,2})\b/gu;
const ROLE_WORDS =
  /\b((?:(?:senior|junior|lead|chief|head of|vp|vice president of|director of)\s+)?(?:purchasing|procurement|engineering|operations|quality|supply chain|program|project|production|manufacturing|sourcing)(?:\s+(?:manager|lead|director|engineer|buyer|head|officer|coordinator|planner|specialist))?|(?:buyer|purchasing manager|program manager|project manager|plant manager|ceo|coo|cfo|cto))\b/i;

/**
 * The next-lot approver's name and role in the approver evidence:
 * "only Dana Ortiz (Purchasing Manager) can release lot 2" → { name: "Dana Ortiz", role: "Purchasing Manager" }.
 */
export function approverFrom(text: string): { name: string; role: string } {
  NAME_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = NAME_RE.exec(text)) !== null) {
    // "Only Lee Chen" → "Lee Chen": drop capitalised non-names at either end.
    const words = m[1].split(/\s+/);
    let from = 0;
    let to = words.length;
    while (from < to && NOT_NAMES.has(words[from])) from++;
    while (to > from && NOT_NAMES.has(words[to - 1])) to--;
    const kept = words.slice(from, to);
    if (kept.length < 2 || kept.some((w) => NOT_NAMES.has(w))) continue;
    const name = kept.join(" ");
    const nameEnd = text.indexOf(name, m.index) + name.length;
    const after = text.slice(nameEnd);
    const paren = /^\s*\(([^)]{2,60})\)/.exec(after);
    if (paren) return { name, role: paren[1].trim() };
    const comma = /^\s*[,–-]\s*(?:our\s+|the\s+)?([^,.;:()\n]{2,60})/.exec(after);
    const near = comma ? comma[1] : /^\s+(?:in|from|of)\s+([^,.;:()\n]{2,60})/i.exec(after)?.[1] ?? "";
    const role = ROLE_WORDS.exec(near);
    return { name, role: role ? role[1].trim() : "" };
  }
  return { name: "", role: "" };
}

const LEADING_TRIGGER_WORDS = /^(?:.*?\b(?:pending|until|after|once|following|upon|subject to|depending on|dependent on|contingent on|on receipt of|when)\s+)/i;

/**
 * The trigger event in the trigger evidence: "keep the balance on hold pending install feedback
 * from the first lot" → "install feedback from the first lot".
 */
export function triggerFrom(text: string): string {
  let t = text.replace(/\s+/g, " ").trim();
  const lead = LEADING_TRIGGER_WORDS.exec(t);
  if (lead) t = t.slice(lead[0].length);
  t = t.replace(/^(?:the\s+balance\s+stays\s+on\s+hold\s+until\s+)/i, "").replace(/[\s.;,:!]+$/, "");
  if (t.length === 0 || t.length > 120) return "";
  return t;
}

/**
 * The order reference in the buyer's current text: "PO 4512", "PO#4512", "purchase order 4512".
 *
 * @example
 * orderRefFrom("Lot 1 of PO 4512 can start") //=> "PO 4512"
 */
export function orderRefFrom(text: string): string {
  const m = /\b(?:P\.?O\.?|purchase\s+order)\s*(?:#|no\.?|number)?\s*:?\s*([A-Z0-9][A-Z0-9-]{2,19})\b/i.exec(text);
  if (!m || !/\d/.test(m[1])) return "";
  return `PO ${m[1]}`;
}

function fromBlock(fields: KindBlockFields): FirstLotValues {
  const values = emptyFirstLotValues();
  values.lotId = fields.lotId ?? "";
  values.lotQuantity = fields.lotQuantity !== undefined ? String(fields.lotQuantity) : "";
  values.unit = fields.unit;
  if (fields.orderTotal !== undefined) values.orderTotal = String(fields.orderTotal);
  if (fields.previousQuantity !== undefined) values.previousQuantity = String(fields.previousQuantity);
  values.windowLabel = fields.windowLabel ?? "";
  values.orderRef = fields.orderRef ?? "";
  values.trigger = fields.trigger ?? "";
  values.revision = fields.revision ?? "";
  values.material = fields.material ?? "";
  values.approverName = fields.approverName ?? "";
  values.approverRole = fields.approverRole ?? "";
  values.needBy = fields.needBy ? toIsoDate(fields.needBy) : "";
  if (fields.balanceQuantity !== undefined) {
    values.balanceQuantity = String(fields.balanceQuantity);
    values.balanceAuto = values.balanceQuantity === autoBalance(values);
  }
  return values;
}

function existingBlock(bodyText: string): KindBlockFields | null {
  try {
    return findBlockInText(currentPart(bodyText))?.kindFields ?? null;
  } catch {
    return null;
  }
}

const DEFAULTABLE: readonly (keyof BuilderDefaults & FirstLotFieldId)[] = ["approverName", "approverRole", "material", "unit"];

/**
 * The form's starting values and where each came from.
 *
 * @example
 * prefillFirstLot({ report, bodyText: "Please run 25 units, rev C7, black PETG…" }).values.revision //=> "C7"
 */
export function prefillFirstLot(input: PrefillInput): Prefill<FirstLotValues, FirstLotFieldId> {
  const { report, bodyText } = input;
  const sources: Partial<Record<FirstLotFieldId, ValueSource>> = {};
  const block = existingBlock(bodyText);
  let values: FirstLotValues;

  if (block) {
    values = fromBlock(block);
    for (const key of Object.keys(values) as (keyof FirstLotValues)[]) {
      if (typeof values[key] === "string" && values[key] !== "" && key !== "triggerPreset" && key !== "triggerDate") {
        sources[key as FirstLotFieldId] = "block";
      }
    }
  } else {
    values = emptyFirstLotValues();
    const set = (key: FirstLotFieldId, value: string): void => {
      if (value && !values[key]) {
        values[key] = value;
        sources[key] = "email";
      }
    };
    if (report) {
      const q = report.quantities;
      const num = (n: number | null | undefined): string => (typeof n === "number" && Number.isFinite(n) && n >= 0 ? String(n) : "");
      set("lotQuantity", num(q.released));
      const total = q.total ?? (typeof q.released === "number" && typeof q.onHold === "number" ? q.released + q.onHold : null);
      set("orderTotal", num(total));
      set("unit", q.unit ?? "");
      if (typeof q.onHold === "number") {
        set("balanceQuantity", num(q.onHold));
        values.balanceAuto = values.balanceQuantity === autoBalance(values);
      }
      const d = report.details;
      // Each detail's evidence first, then the line around it ("25 units" sits in "approve lot 1 for 25 units").
      const lot = found(d.lot, bodyText);
      for (const f of lot) set("lotId", lotIdFrom(f.text) || lotIdFrom(f.line));
      const tech = found(d.revisionMaterial, bodyText);
      for (const f of tech) {
        set("revision", revisionFrom(f.text) || (f.at >= 0 ? revisionFrom(f.line.slice(Math.max(0, f.at - 12), f.at + f.text.length + 12)) : ""));
        set("material", materialFrom(f.line, f.at + Math.floor(f.text.length / 2)) || materialFrom(f.text));
      }
      // The lot line often carries all three ("lot 1 for 25 units from revision C7 in black PETG").
      for (const f of lot) {
        set("revision", revisionFrom(f.line));
        set("material", materialFrom(f.line));
      }
      if (d.trigger?.status === "present") {
        for (const f of found(d.trigger, bodyText)) set("trigger", triggerFrom(f.text));
      }
      if (d.approver?.status === "present") {
        for (const f of found(d.approver, bodyText)) {
          const a = approverFrom(f.text).name ? approverFrom(f.text) : approverFrom(f.line);
          if (a.name && !values.approverName) {
            const withRole = a.role ? a : approverFrom(f.line.slice(Math.max(0, f.at)));
            set("approverName", a.name);
            set("approverRole", withRole.name === a.name ? withRole.role : a.role);
          }
        }
      }
    }
    set("orderRef", orderRefFrom(currentPart(bodyText)));
  }

  const defaults = input.defaults ?? null;
  if (defaults) {
    const sameApprover = !values.approverName || values.approverName === defaults.approverName;
    for (const key of DEFAULTABLE) {
      const v = defaults[key];
      if (typeof v !== "string" || v.trim() === "" || values[key] !== "") continue;
      if (key === "approverRole" && !sameApprover) continue;
      values[key] = v;
      sources[key] = "defaults";
    }
  }
  if (values.balanceAuto) {
    values.balanceQuantity = autoBalance(values);
    delete sources.balanceQuantity;
  }
  return { values, sources };
}

/** The kind of the Release Guard block already in the buyer's current text, or null. */
export function existingBlockKind(bodyText: string): BlockKind | null {
  return existingBlock(bodyText)?.kind ?? null;
}
