/**
 * The guided builder's own shapes: what the form holds (strings, exactly as typed), what it says
 * about each field, and the buyer's saved defaults. The block itself is the checker's
 * `BlockFields` / `buildBlock` (src/checker).
 */

/** The first-lot form, every value as the buyer typed it. */
export interface FirstLotValues {
  orderRef: string;
  orderTotal: string;
  unit: string;
  lotId: string;
  lotQuantity: string;
  balanceQuantity: string;
  /** True while the balance follows order total − lot quantity; false once the buyer typed one. */
  balanceAuto: boolean;
  /** The trigger preset last picked ("" when the buyer typed their own). */
  triggerPreset: TriggerPresetId | "";
  trigger: string;
  /** For the "a date" preset: yyyy-mm-dd from a date input. */
  triggerDate: string;
  revision: string;
  material: string;
  approverName: string;
  approverRole: string;
  /** yyyy-mm-dd from a date input, or "" (optional). */
  needBy: string;
  /** shipment-window: the delivery window as the buyer names it ("week 47"). */
  windowLabel: string;
  /** pause: the lot's quantity before the cut. */
  previousQuantity: string;
}

/** Every template's form holds the same values, so switching templates keeps what the buyer typed. */
export type FormValues = FirstLotValues;

/** The fields that show a label, an input and possibly a message. */
export type FirstLotFieldId =
  | "orderRef"
  | "orderTotal"
  | "unit"
  | "lotId"
  | "lotQuantity"
  | "balanceQuantity"
  | "trigger"
  | "triggerDate"
  | "revision"
  | "material"
  | "approverName"
  | "approverRole"
  | "needBy"
  | "windowLabel"
  | "previousQuantity";

/** Any template's field ids (one shared set). */
export type FormFieldId = FirstLotFieldId;

export type TriggerPresetId =
  | "install-feedback"
  | "fit-validation"
  | "customer-review"
  | "payment-received"
  | "purchasing-decision"
  | "date";

export type FieldSeverity = "error" | "warning";

/** One inline message under a field. `id` is stable (tests assert it); `text` is what the buyer reads. */
export interface FieldMessage {
  id: string;
  severity: FieldSeverity;
  text: string;
}

/** Where a pre-filled value came from, shown as a hint beside the field. */
export type ValueSource = "block" | "email" | "defaults";

export interface Prefill<V, K extends string> {
  values: V;
  sources: Partial<Record<K, ValueSource>>;
}

/** The buyer's saved defaults (roaming settings). Every field optional. */
export interface BuilderDefaults {
  approverName?: string;
  approverRole?: string;
  material?: string;
  unit?: string;
}
