/**
 * One builder template per release kind, keyed by kind. Every template reads and writes the same
 * form values (so switching templates keeps what the buyer typed), lists the fields its kind needs
 * (grouped, labelled; which ones are required comes from the checker's `KIND_BLOCK_FIELDS`),
 * validates them with inline messages, and renders through the checker's `buildKindBlock`.
 * Insert and update in place (insert.ts, replace.ts) do not depend on the kind.
 */
import { KIND_BLOCK_FIELDS, buildKindBlock } from "../checker";
import type { Block, BlockKind, KindBlockFields, ReleaseKind } from "../checker/types";
import { formatIsoDate, isIsoDate } from "./presets";
import { prefillFirstLot, type PrefillInput } from "./prefill";
import type { FieldMessage, FormFieldId, FormValues, Prefill } from "./types";
import {
  MAX_TEXT,
  VAGUE_APPROVERS,
  VAGUE_MATERIALS,
  VAGUE_REVISIONS,
  VAGUE_TRIGGERS,
  emptyFirstLotValues,
  message,
  normalizeLotId,
  parseQuantity,
  textField,
  validateFirstLot,
  type ValidationMessageId,
} from "./validate";

/** How a field is entered. "balance" and "triggerPreset" are the first-lot form's helpers. */
export type FieldControl = "text" | "number" | "date" | "unit" | "balance" | "triggerPreset";

export interface TemplateField {
  id: FormFieldId | "triggerPreset";
  label: string;
  control: FieldControl;
  required: boolean;
  placeholder?: string;
  /** Shown under the field when no value source is known. */
  hint?: string;
}

export interface TemplateGroup {
  legend: string;
  fields: TemplateField[];
}

export interface TemplateValidation<K extends string, F> {
  messages: Partial<Record<K, FieldMessage>>;
  fields: F | null;
}

export interface KindValidation extends TemplateValidation<FormFieldId, KindBlockFields> {
  /** Order total − lot quantity (first-lot and payment-triggered lot), when both are valid. */
  expectedBalance: number | null;
}

export interface BuilderTemplate {
  kind: BlockKind;
  /** What the buyer reads as the template's name. */
  title: string;
  groups: TemplateGroup[];
  /** The input fields in the order they appear (for moving focus to the first problem). */
  fieldOrder: FormFieldId[];
  empty(): FormValues;
  prefill(input: PrefillInput): Prefill<FormValues, FormFieldId>;
  validate(values: FormValues): KindValidation;
  render(fields: KindBlockFields): Block;
}

/** The kinds the builder offers, in the order of the template choice. */
export const TEMPLATE_KINDS: readonly BlockKind[] = [
  "first-lot", "sample-only", "shipment-window", "full-production", "payment-trigger", "hold", "pause",
];

const TITLES: Record<BlockKind, string> = {
  "first-lot": "First-lot release",
  "sample-only": "Sample-only approval",
  "shipment-window": "Shipment-window release",
  "full-production": "Full production sign-off",
  "payment-trigger": "Payment-triggered lot",
  hold: "Hold until a named confirmation",
  pause: "Pause or cut back a release",
};

/** Fields a template needs beyond the checker's list (the first-lot form has always asked for the order total). */
const ALSO_REQUIRED: Partial<Record<BlockKind, readonly FormFieldId[]>> = {
  "first-lot": ["orderTotal"],
  "payment-trigger": ["orderTotal"],
};

export function isRequired(kind: BlockKind, id: FormFieldId | "triggerPreset"): boolean {
  if (id === "unit") return true;
  if (id === "triggerPreset" || id === "triggerDate" || id === "balanceQuantity") return false;
  return (KIND_BLOCK_FIELDS[kind] as readonly string[]).includes(id) || (ALSO_REQUIRED[kind] ?? []).includes(id);
}

type Spec = Omit<TemplateField, "required">;
const f = (id: TemplateField["id"], label: string, control: FieldControl, placeholder?: string, hint?: string): Spec => {
  const s: Spec = { id, label, control };
  if (placeholder !== undefined) s.placeholder = placeholder;
  if (hint !== undefined) s.hint = hint;
  return s;
};

const ORDER_REF = f("orderRef", "Order reference", "text", "PO 4512");
const UNIT = f("unit", "Unit", "unit", "pcs");
const REVISION = f("revision", "File revision", "text", "C7");
const MATERIAL = f("material", "Material, colour and finish", "text", "black PETG, matte");
const ROLE = f("approverRole", "Approver's role", "text", "Purchasing Manager");
const NEED_BY = f("needBy", "Need by", "date");

function firstLotGroups(trigger: Spec, approverLegend: string): [string, Spec[]][] {
  return [
    ["Order", [ORDER_REF, f("orderTotal", "Order total", "number", "150"), UNIT]],
    ["Released now", [f("lotId", "Lot identifier", "text", "Lot 1"), f("lotQuantity", "Lot quantity", "number", "25")]],
    ["On hold", [f("balanceQuantity", "Balance on hold", "balance")]],
    ["Next release", [f("triggerPreset", "Trigger preset", "triggerPreset"), trigger]],
    ["Technical package", [REVISION, MATERIAL]],
    [approverLegend, [f("approverName", "Approver's name", "text", "Dana Ortiz"), ROLE]],
    ["Timing", [NEED_BY]],
  ];
}

const LAYOUTS: Record<BlockKind, [string, Spec[]][]> = {
  "first-lot": firstLotGroups(
    f("trigger", "Next release trigger", "text", "install feedback from Lot 1", "The event after which the next lot may be released"),
    "Next-lot approver",
  ),
  "payment-trigger": firstLotGroups(
    f("trigger", "Payment that opens the next decision", "text", "the lot 1 invoice is paid", "The payment opens the decision; it does not release the next lot by itself"),
    "Next-lot approver",
  ),
  "sample-only": [
    ["Order", [ORDER_REF, f("orderTotal", "Production quantity on order", "number", "600", "Optional: what stays unreleased"), UNIT]],
    ["Samples now", [f("lotQuantity", "Number of samples", "number", "3")]],
    ["Next step", [f("trigger", "Production is considered only after", "text", "our lab report on the samples is signed")]],
    ["Technical package", [REVISION, MATERIAL]],
    ["Production release", [f("approverName", "Who may release production", "text", "Dana Ortiz"), ROLE]],
    ["Timing", [NEED_BY]],
  ],
  "shipment-window": [
    ["Order", [ORDER_REF, f("orderTotal", "Order total", "number", "400", "Optional: the rest stays on hold"), UNIT]],
    ["Released now", [f("windowLabel", "Delivery window", "text", "week 47"), f("lotQuantity", "Quantity in this window", "number", "40")]],
    ["Next window", [f("trigger", "Next release trigger", "text", "our goods-in count of week 47")]],
    ["Technical package", [REVISION, MATERIAL]],
    ["Next-window approver", [f("approverName", "Approver's name", "text", "Dana Ortiz"), ROLE]],
    ["Timing", [NEED_BY]],
  ],
  "full-production": [
    ["Order", [ORDER_REF, UNIT]],
    ["Released now", [f("lotQuantity", "Whole quantity released", "number", "150")]],
    ["Technical package", [REVISION, MATERIAL]],
    ["Release authority", [f("approverName", "Who releases it", "text", "Dana Ortiz"), ROLE]],
    ["Timing", [f("needBy", "Complete by", "date")]],
  ],
  hold: [
    ["Order", [ORDER_REF, f("orderTotal", "Production quantity on hold", "number", "150"), UNIT]],
    ["Hold lifted when", [f("trigger", "The confirmation that lifts the hold", "text", "the ship-to address is confirmed in writing")]],
    ["Technical package", [f("revision", "File revision", "text", "C7", "Optional, with the material"), f("material", "Material, colour and finish", "text", "black PETG", "Optional, with the revision")]],
    ["Production release", [f("approverName", "Who may release production", "text", "Dana Ortiz"), ROLE]],
    ["Timing", [NEED_BY]],
  ],
  pause: [
    ["Order", [ORDER_REF, f("orderTotal", "Order total", "number", "300", "Optional"), UNIT]],
    ["Change to the release", [
      f("lotId", "Lot identifier", "text", "Lot 1"),
      f("previousQuantity", "Lot quantity before the cut", "number", "100"),
      f("lotQuantity", "Lot quantity after the cut", "number", "60"),
    ]],
    ["Restart", [f("trigger", "Nothing more is released until", "text", "our redesign of the clip is approved")]],
    ["Technical package", [REVISION, MATERIAL]],
    ["Restart authority", [f("approverName", "Who may release the next lot", "text", "Dana Ortiz"), ROLE]],
    ["Timing", [NEED_BY]],
  ],
};

// ---------------------------------------------------------------------------------------------
// Validation

type Messages = Partial<Record<FormFieldId, FieldMessage>>;

const oneLine = (s: string): string => s.trim().replace(/\s+/g, " ");
const cleanTrigger = (s: string): string => oneLine(s).replace(/[.;,\s]+$/, "");

/** A whole positive number, or null with a message under the field. Empty is fine when optional. */
function quantity(values: FormValues, id: FormFieldId, unitWord: string, messages: Messages, requiredId: ValidationMessageId | null): number | null {
  const raw = values[id];
  if (typeof raw !== "string") return null;
  if (raw.trim() === "") {
    if (requiredId) messages[id] = message(requiredId);
    return null;
  }
  const q = parseQuantity(raw, unitWord);
  if (!q.ok) {
    messages[id] = q.message;
    return null;
  }
  if (q.value === 0) {
    messages[id] = message("quantity-zero", { unit: unitWord });
    return null;
  }
  return q.value;
}

/** Validates any kind but first-lot and payment-trigger (those extend the first-lot validation). */
function validateOther(kind: BlockKind, values: FormValues): KindValidation {
  const messages: Messages = {};
  const need = (id: FormFieldId): boolean => isRequired(kind, id);
  const unit = values.unit.trim();
  const unitWord = unit || "units";
  if (unit === "") messages.unit = message("unit-required");
  else if (unit.length > 20) messages.unit = message("unit-too-long");

  const out: KindBlockFields = { kind, unit: oneLine(unit) };
  let lot: number | null = null;
  let total: number | null = null;
  switch (kind) {
    case "sample-only": {
      lot = quantity(values, "lotQuantity", unitWord, messages, "samples-required");
      total = quantity(values, "orderTotal", unitWord, messages, null);
      if (lot !== null && total !== null && lot > total) {
        messages.lotQuantity = message("samples-more-than-order", { samples: lot, total, unit: unitWord });
      }
      break;
    }
    case "full-production":
      lot = quantity(values, "lotQuantity", unitWord, messages, "full-quantity-required");
      break;
    case "hold":
      total = quantity(values, "orderTotal", unitWord, messages, "hold-total-required");
      break;
    case "shipment-window": {
      const w = textField(values.windowLabel, "window-required", null, null);
      if (w) messages.windowLabel = w;
      else out.windowLabel = oneLine(values.windowLabel);
      lot = quantity(values, "lotQuantity", unitWord, messages, "window-quantity-required");
      total = quantity(values, "orderTotal", unitWord, messages, null);
      if (lot !== null && total !== null) {
        if (lot > total) messages.lotQuantity = message("lot-larger-than-total", { lot, total, unit: unitWord });
        else if (lot === total) messages.lotQuantity = message("window-is-whole-order");
      }
      break;
    }
    case "pause": {
      const lotId = normalizeLotId(values.lotId);
      if (lotId === "") messages.lotId = message("lot-id-required");
      else if (lotId.length > MAX_TEXT) messages.lotId = message("too-long", { max: MAX_TEXT });
      else out.lotId = lotId;
      const before = quantity(values, "previousQuantity", unitWord, messages, "before-cut-required");
      lot = quantity(values, "lotQuantity", unitWord, messages, "after-cut-required");
      total = quantity(values, "orderTotal", unitWord, messages, null);
      if (before !== null && lot !== null && lot >= before) {
        messages.lotQuantity = message("after-not-less", { after: lot, before, unit: unitWord });
      }
      if (before !== null && total !== null && before > total) {
        messages.previousQuantity = message("before-larger-than-total", { before, total, unit: unitWord });
      }
      if (before !== null) out.previousQuantity = before;
      break;
    }
    default:
      break;
  }
  if (lot !== null) out.lotQuantity = lot;
  if (total !== null) out.orderTotal = total;

  const triggerRequired: ValidationMessageId = kind === "hold" ? "hold-trigger-required" : kind === "pause" ? "restart-trigger-required" : "trigger-required";
  if (need("trigger")) {
    const m = textField(values.trigger, triggerRequired, VAGUE_TRIGGERS, "trigger-vague");
    if (m) messages.trigger = m;
    else out.trigger = cleanTrigger(values.trigger);
  }

  if (need("revision") || need("material")) {
    const r = textField(values.revision, "revision-required", VAGUE_REVISIONS, "revision-vague");
    if (r) messages.revision = r;
    const m = textField(values.material, "material-required", VAGUE_MATERIALS, "material-vague");
    if (m) messages.material = m;
  } else if (values.revision.trim() || values.material.trim()) {
    const r = textField(values.revision, null, VAGUE_REVISIONS, "revision-vague");
    const m = textField(values.material, null, VAGUE_MATERIALS, "material-vague");
    if (r) messages.revision = r;
    if (m) messages.material = m;
    if (!r && !m && (!values.revision.trim() || !values.material.trim())) {
      messages[values.revision.trim() ? "material" : "revision"] = message("tech-both-or-neither");
    }
  }
  if (values.revision.trim() && values.material.trim()) {
    out.revision = oneLine(values.revision);
    out.material = oneLine(values.material);
  }

  const approver = textField(values.approverName, kind === "first-lot" || kind === "payment-trigger" || kind === "pause" ? "approver-required" : "approver-required-release", VAGUE_APPROVERS, "approver-vague");
  if (approver) messages.approverName = approver;
  else out.approverName = oneLine(values.approverName);
  const role = textField(values.approverRole, null, null, null);
  if (role) messages.approverRole = role;
  else if (values.approverRole.trim()) out.approverRole = oneLine(values.approverRole);
  const ref = textField(values.orderRef, null, null, null);
  if (ref) messages.orderRef = ref;
  else if (values.orderRef.trim()) out.orderRef = oneLine(values.orderRef);
  const needBy = values.needBy.trim();
  if (needBy !== "" && !isIsoDate(needBy)) messages.needBy = message("date-invalid");
  else if (needBy) out.needBy = formatIsoDate(needBy);

  const hasError = Object.values(messages).some((m) => m?.severity === "error");
  return { messages, fields: hasError ? null : out, expectedBalance: null };
}

/** Payment words a payment-triggered lot's trigger must name. */
const PAYMENT = /\b(?:pa(?:y|id|ying|yment)s?|invoices?|remittance|deposit|prepayment|funds?)\b/i;

function validateFirstLotKind(kind: "first-lot" | "payment-trigger", values: FormValues): KindValidation {
  const v = validateFirstLot(values);
  const messages = { ...v.messages };
  if (kind === "payment-trigger" && !messages.trigger && values.trigger.trim() && !PAYMENT.test(values.trigger)) {
    messages.trigger = message("payment-trigger-not-payment");
  }
  const ok = v.fields !== null && !Object.values(messages).some((m) => m?.severity === "error");
  return { messages, fields: ok && v.fields ? { ...v.fields, kind } : null, expectedBalance: v.expectedBalance };
}

/**
 * Validates the form for a kind: inline messages by field, and the block's fields when nothing blocks it.
 *
 * @example
 * validateKind("pause", { ...values, previousQuantity: "60", lotQuantity: "80" }).messages.lotQuantity?.id //=> "after-not-less"
 */
export function validateKind(kind: BlockKind, values: FormValues): KindValidation {
  if (kind === "first-lot" || kind === "payment-trigger") return validateFirstLotKind(kind, values);
  return validateOther(kind, values);
}

// ---------------------------------------------------------------------------------------------
// The registry

function makeTemplate(kind: BlockKind): BuilderTemplate {
  const groups = LAYOUTS[kind].map(([legend, specs]) => ({
    legend,
    fields: specs.map((s) => ({ ...s, required: isRequired(kind, s.id) })),
  }));
  const fieldOrder: FormFieldId[] = [];
  for (const g of groups) {
    for (const field of g.fields) {
      if (field.id === "triggerPreset") fieldOrder.push("triggerDate");
      else fieldOrder.push(field.id);
    }
  }
  return {
    kind,
    title: TITLES[kind],
    groups,
    fieldOrder,
    empty: emptyFirstLotValues,
    prefill: prefillFirstLot,
    validate: (values) => validateKind(kind, values),
    render: buildKindBlock,
  };
}

export const TEMPLATES: Readonly<Record<BlockKind, BuilderTemplate>> = Object.fromEntries(
  TEMPLATE_KINDS.map((k) => [k, makeTemplate(k)]),
) as Record<BlockKind, BuilderTemplate>;

export const firstLotTemplate: BuilderTemplate = TEMPLATES["first-lot"];

/** The template for a kind; first-lot when there is no kind or the email is not a release. */
export function templateFor(kind: ReleaseKind | null | undefined): BuilderTemplate {
  return kind && kind !== "not-a-release" && kind in TEMPLATES ? TEMPLATES[kind] : firstLotTemplate;
}

