/**
 * Inline validation of the first-lot form: one message per field, addressed by a stable id, and
 * the checker's `BlockFields` when nothing blocks the block.
 */
import type { BlockFields } from "../checker/types";
import { formatIsoDate, isIsoDate } from "./presets";
import type { FieldMessage, FirstLotFieldId, FirstLotValues } from "./types";

/** Message templates by id; `{{name}}` is filled from data. */
export const VALIDATION_MESSAGES = {
  "lot-id-required": "Name the lot, for example “Lot 1”.",
  "quantity-required": "Enter the lot quantity, for example 25.",
  "quantity-not-number": "Type the quantity as a number, for example 25.",
  "quantity-with-unit": "Type only the number here; the unit has its own field.",
  "quantity-negative": "The quantity cannot be negative.",
  "quantity-zero": "The lot must release at least 1 {{unit}}.",
  "quantity-fractional": "Use a whole number of {{unit}}.",
  "quantity-too-large": "That number is too large.",
  "total-required": "Enter the order total, so the shop knows how much stays on hold.",
  "total-zero": "The order total must be at least 1 {{unit}}.",
  "lot-larger-than-total": "The lot ({{lot}} {{unit}}) is larger than the order total ({{total}} {{unit}}).",
  "lot-is-whole-order": "The lot is the whole order, so nothing stays on hold. A first-lot release holds part of the order back.",
  "balance-zero": "Nothing would stay on hold. A first-lot release holds part of the order back.",
  "balance-too-large": "{{lot}} now + {{balance}} on hold = {{sum}}, more than the order total of {{total}}. Expected on hold: {{expected}}.",
  "balance-mismatch": "{{lot}} now + {{balance}} on hold = {{sum}}, not the order total of {{total}}. Right if {{diff}} {{unit}} were released before; otherwise use {{expected}}.",
  "unit-required": "Enter the unit, for example pcs or units.",
  "unit-too-long": "Keep the unit short, for example pcs or units.",
  "trigger-required": "Name what opens the next release, for example install feedback from Lot 1.",
  "trigger-vague": "“{{value}}” does not name an event the shop can recognise. Name it: install feedback, a date, payment received…",
  "trigger-date-required": "Pick the date of the next release decision.",
  "revision-required": "Enter the file revision, for example C7.",
  "revision-vague": "Give the revision itself, for example C7, not “{{value}}”.",
  "material-required": "Enter the material with its colour or finish, for example black PETG.",
  "material-vague": "Name the material itself, for example black PETG, not “{{value}}”.",
  "approver-required": "Name the person who may release the next lot.",
  "approver-vague": "Name the person, for example Dana Ortiz, not “{{value}}”.",
  "date-invalid": "Enter a complete date.",
  "too-long": "Keep this under {{max}} characters.",
  "samples-required": "Enter the number of samples, for example 3.",
  "samples-more-than-order": "{{samples}} samples is more than the {{total}} {{unit}} on order.",
  "full-quantity-required": "Enter the whole quantity released, for example 150.",
  "full-less-than-order": "Full production releases the whole order ({{total}} {{unit}}), not {{lot}}. For part of it, use the first-lot template.",
  "hold-total-required": "Enter the production quantity that stays on hold, for example 150.",
  "hold-trigger-required": "Name the confirmation that lifts the hold, for example the ship-to address is confirmed.",
  "tech-both-or-neither": "Give the revision and the material together, or leave both empty.",
  "window-required": "Name the delivery window, for example week 47.",
  "window-quantity-required": "Enter the quantity in this window, for example 40.",
  "window-is-whole-order": "The window is the whole order, so nothing stays on hold. Use full production instead.",
  "before-cut-required": "Enter the lot quantity before the cut, for example 100.",
  "after-cut-required": "Enter the lot quantity after the cut, for example 60.",
  "after-not-less": "After the cut ({{after}} {{unit}}) must be less than before it ({{before}} {{unit}}).",
  "before-larger-than-total": "The lot before the cut ({{before}} {{unit}}) is larger than the order total ({{total}} {{unit}}).",
  "payment-trigger-not-payment": "Name the payment that opens the next decision, for example the lot 1 invoice is paid.",
  "restart-trigger-required": "Name what restarts the work, for example our redesign of the clip is approved.",
  "approver-required-release": "Name the person who may release production.",
} as const;

export type ValidationMessageId = keyof typeof VALIDATION_MESSAGES;

export function message(id: ValidationMessageId, data: Record<string, string | number> = {}, severity: FieldMessage["severity"] = "error"): FieldMessage {
  const text = VALIDATION_MESSAGES[id].replace(/\{\{(\w+)\}\}/g, (_m, k: string) => String(data[k] ?? ""));
  return { id, severity, text };
}

export interface FirstLotValidation {
  /** At most one message per field; errors block the block, warnings do not. */
  messages: Partial<Record<FirstLotFieldId, FieldMessage>>;
  /** The block's fields when there is no error; null otherwise. */
  fields: BlockFields | null;
  /** Order total − lot quantity, when both are valid numbers. */
  expectedBalance: number | null;
}

type Parsed = { ok: true; value: number } | { ok: false; message: FieldMessage };

const MAX_QUANTITY = 1_000_000_000;

/**
 * Reads a quantity the way buyers type it: "25", "1,000", "1 000", "25.0".
 *
 * @example
 * parseQuantity("1,500", "units") //=> { ok: true, value: 1500 }
 */
export function parseQuantity(raw: string, unit: string): Parsed {
  const t = raw.trim();
  const u = unit.trim() || "units";
  if (t === "") return { ok: false, message: message("quantity-required") };
  let s = t.replace(/[\u00a0\u202f]/g, " ");
  if (/^[-+]?\d{1,3}(?:[, ]\d{3})+(?:\.\d+)?$/.test(s)) s = s.replace(/[, ]/g, "");
  if (!/^[-+−]?(?:\d+(?:\.\d*)?|\.\d+)$/.test(s)) {
    if (/^[-+]?\d[\d,. ]*\s*[A-Za-z].*$/.test(s)) return { ok: false, message: message("quantity-with-unit") };
    return { ok: false, message: message("quantity-not-number") };
  }
  const value = Number(s.replace("−", "-"));
  if (!Number.isFinite(value)) return { ok: false, message: message("quantity-not-number") };
  if (value < 0 || s.startsWith("−")) return { ok: false, message: message("quantity-negative") };
  if (!Number.isInteger(value)) return { ok: false, message: message("quantity-fractional", { unit: u }) };
  if (value > MAX_QUANTITY) return { ok: false, message: message("quantity-too-large") };
  return { ok: true, value };
}

function norm(s: string): string {
  return s.trim().toLowerCase().replace(/[’]/g, "'").replace(/[.!?,;:]+$/g, "").replace(/\s+/g, " ");
}

/** Trigger words that name no event ("later", "when we're ready"). */
export const VAGUE_TRIGGERS = [
  /^(?:later|soon|asap|tbd|tba|tbc|n\/?a|none|-+|\?+)$/,
  /^(?:when|once) (?:we(?: are|'re)?|you(?: are|'re)?|it'?s|everything is|all is) ready\b/,
  /^(?:when|once) ready$/,
  /^we(?:'ll| will| shall)? (?:tell|let|inform|advise) you\b/,
  /^(?:as discussed|as agreed|as usual|next time|some ?time|eventually|in due course|to be (?:decided|confirmed|determined))$/,
  /^(?:we'll|we will) see$/,
];
export const VAGUE_REVISIONS = /^(?:latest|latest (?:file|revision|rev|version)|newest|current|current (?:file|revision|version)|same(?: as (?:before|last time|previous|usual))?|as before|previous|tbd|tbc|n\/?a|\?+|-+)$/;
export const VAGUE_MATERIALS = /^(?:same|same as (?:before|last time|usual)|as before|as usual|usual|standard|default|tbd|tbc|n\/?a|\?+|-+)$/;
export const VAGUE_APPROVERS = /^(?:we|us|me|i|someone|somebody|anyone|anybody|someone here|the team|our team|team|tbd|tbc|n\/?a|\?+|-+)$/;

export const MAX_TEXT = 200;

export function textField(
  raw: string,
  required: ValidationMessageId | null,
  vague: RegExp[] | RegExp | null,
  vagueId: ValidationMessageId | null,
): FieldMessage | null {
  const t = raw.trim();
  if (t === "") return required ? message(required) : null;
  if (t.length > MAX_TEXT) return message("too-long", { max: MAX_TEXT });
  const list = vague === null ? [] : Array.isArray(vague) ? vague : [vague];
  if (vagueId && list.some((re) => re.test(norm(t)))) return message(vagueId, { value: t });
  return null;
}

/** "1" → "Lot 1": a bare number is a lot number. */
export function normalizeLotId(raw: string): string {
  const t = raw.trim().replace(/\s+/g, " ");
  return /^\d+$/.test(t) ? `Lot ${t}` : t;
}

/**
 * Validates the first-lot form.
 *
 * @example
 * validateFirstLot({ ...values, lotQuantity: "200", orderTotal: "150" }).messages.lotQuantity?.id
 * //=> "lot-larger-than-total"
 */
export function validateFirstLot(values: FirstLotValues): FirstLotValidation {
  const messages: Partial<Record<FirstLotFieldId, FieldMessage>> = {};
  const unit = values.unit.trim();
  const unitWord = unit || "units";

  if (unit === "") messages.unit = message("unit-required");
  else if (unit.length > 20) messages.unit = message("unit-too-long");

  const lotId = normalizeLotId(values.lotId);
  if (lotId === "") messages.lotId = message("lot-id-required");
  else if (lotId.length > MAX_TEXT) messages.lotId = message("too-long", { max: MAX_TEXT });

  const lot = parseQuantity(values.lotQuantity, unitWord);
  if (!lot.ok) messages.lotQuantity = lot.message;
  else if (lot.value === 0) messages.lotQuantity = message("quantity-zero", { unit: unitWord });

  const total = values.orderTotal.trim() === "" ? null : parseQuantity(values.orderTotal, unitWord);
  if (total === null) messages.orderTotal = message("total-required");
  else if (!total.ok) messages.orderTotal = total.message;
  else if (total.value === 0) messages.orderTotal = message("total-zero", { unit: unitWord });

  let expectedBalance: number | null = null;
  let balanceValue: number | null = null;
  if (lot.ok && lot.value > 0 && total && total.ok && total.value > 0) {
    if (lot.value > total.value) {
      messages.lotQuantity = message("lot-larger-than-total", { lot: lot.value, total: total.value, unit: unitWord });
    } else if (lot.value === total.value) {
      messages.lotQuantity = message("lot-is-whole-order");
    } else {
      expectedBalance = total.value - lot.value;
    }
  }

  if (values.balanceAuto || values.balanceQuantity.trim() === "") {
    balanceValue = expectedBalance;
  } else {
    const balance = parseQuantity(values.balanceQuantity, unitWord);
    if (!balance.ok) messages.balanceQuantity = balance.message;
    else if (balance.value === 0) messages.balanceQuantity = message("balance-zero");
    else {
      balanceValue = balance.value;
      if (expectedBalance !== null && lot.ok && total && total.ok && balance.value !== expectedBalance) {
        const data = {
          lot: lot.value, balance: balance.value, sum: lot.value + balance.value, total: total.value,
          expected: expectedBalance, diff: expectedBalance - balance.value, unit: unitWord,
        };
        // Less on hold than total − lot is right after earlier releases (ordered = released to
        // date + this lot + remaining): a warning. More than can exist is an error.
        messages.balanceQuantity = balance.value > expectedBalance
          ? message("balance-too-large", data)
          : message("balance-mismatch", data, "warning");
      }
    }
  }

  let trigger = values.trigger.trim();
  if (values.triggerPreset === "date" && !isIsoDate(values.triggerDate) && trigger === "") {
    messages.triggerDate = message("trigger-date-required");
  }
  const triggerMessage = textField(trigger, "trigger-required", VAGUE_TRIGGERS, "trigger-vague");
  if (triggerMessage && !messages.triggerDate) messages.trigger = triggerMessage;
  trigger = trigger.replace(/\s+/g, " ").replace(/[.;,\s]+$/, "");

  const revisionMessage = textField(values.revision, "revision-required", VAGUE_REVISIONS, "revision-vague");
  if (revisionMessage) messages.revision = revisionMessage;
  const materialMessage = textField(values.material, "material-required", VAGUE_MATERIALS, "material-vague");
  if (materialMessage) messages.material = materialMessage;
  const approverMessage = textField(values.approverName, "approver-required", VAGUE_APPROVERS, "approver-vague");
  if (approverMessage) messages.approverName = approverMessage;
  const roleMessage = textField(values.approverRole, null, null, null);
  if (roleMessage) messages.approverRole = roleMessage;
  const refMessage = textField(values.orderRef, null, null, null);
  if (refMessage) messages.orderRef = refMessage;

  const needBy = values.needBy.trim();
  if (needBy !== "" && !isIsoDate(needBy)) messages.needBy = message("date-invalid");

  const hasError = Object.values(messages).some((m) => m?.severity === "error");
  if (hasError || !lot.ok || !total || !total.ok) return { messages, fields: null, expectedBalance };

  const oneLine = (s: string): string => s.trim().replace(/\s+/g, " ");
  const fields: BlockFields = {
    lotId: oneLine(lotId),
    lotQuantity: lot.value,
    unit: oneLine(unit),
    orderTotal: total.value,
    trigger,
    revision: oneLine(values.revision),
    material: oneLine(values.material),
    approverName: oneLine(values.approverName),
  };
  if (balanceValue !== null) fields.balanceQuantity = balanceValue;
  if (values.orderRef.trim()) fields.orderRef = oneLine(values.orderRef);
  if (values.approverRole.trim()) fields.approverRole = oneLine(values.approverRole);
  if (needBy) fields.needBy = formatIsoDate(needBy);
  return { messages, fields, expectedBalance };
}

/** The form with nothing in it (the balance following total − lot). */
export function emptyFirstLotValues(): FirstLotValues {
  return {
    orderRef: "", orderTotal: "", unit: "", lotId: "", lotQuantity: "", balanceQuantity: "", balanceAuto: true,
    triggerPreset: "", trigger: "", triggerDate: "", revision: "", material: "", approverName: "", approverRole: "",
    needBy: "", windowLabel: "", previousQuantity: "",
  };
}

/** The balance to show while it follows the order: total − lot, or "" while either is unknown. */
export function autoBalance(values: Pick<FirstLotValues, "orderTotal" | "lotQuantity" | "unit">): string {
  const lot = parseQuantity(values.lotQuantity, values.unit);
  const total = parseQuantity(values.orderTotal, values.unit);
  if (!lot.ok || !total.ok || total.value <= lot.value) return "";
  return String(total.value - lot.value);
}
