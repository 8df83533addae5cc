/**
 * The choices the form offers: units and trigger presets, and how dates are written in a block.
 */
import type { FirstLotValues, TriggerPresetId } from "./types";

/** Units offered in the unit box; the buyer may type any other. */
export const UNIT_OPTIONS: readonly string[] = ["pcs", "units", "parts", "pieces", "ea"];

export interface TriggerPreset {
  id: TriggerPresetId;
  /** What the preset list shows. */
  label: string;
  /** The trigger sentence the preset writes into the trigger field. */
  text(values: Pick<FirstLotValues, "lotId" | "approverName" | "triggerDate">): string;
}

function lotRef(lotId: string): string {
  const t = lotId.trim();
  return t === "" ? "the first lot" : t;
}

export const TRIGGER_PRESETS: readonly TriggerPreset[] = [
  { id: "install-feedback", label: "Install feedback", text: (v) => `install feedback from ${lotRef(v.lotId)}` },
  { id: "fit-validation", label: "Fit/function validation", text: (v) => `fit and function validation of ${lotRef(v.lotId)}` },
  { id: "customer-review", label: "Customer review", text: (v) => `customer review of ${lotRef(v.lotId)}` },
  { id: "payment-received", label: "Payment received", text: (v) => `payment received for ${lotRef(v.lotId)}` },
  {
    id: "purchasing-decision",
    label: "Purchasing decision",
    text: (v) => (v.approverName.trim() ? `a written purchasing decision by ${v.approverName.trim()}` : "a written purchasing decision"),
  },
  { id: "date", label: "A date", text: (v) => (isIsoDate(v.triggerDate) ? `review on ${formatIsoDate(v.triggerDate)}` : "") },
];

export function triggerPreset(id: string): TriggerPreset | undefined {
  return TRIGGER_PRESETS.find((p) => p.id === id);
}

const MONTHS = [
  "January", "February", "March", "April", "May", "June",
  "July", "August", "September", "October", "November", "December",
];

/** True for a real calendar date written yyyy-mm-dd (what a date input gives). */
export function isIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (mo < 1 || mo > 12 || d < 1) return false;
  const days = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  return d <= days;
}

/**
 * A date the way the block writes it, the same in every locale.
 *
 * @example
 * formatIsoDate("2026-12-04") //=> "4 December 2026"
 */
export function formatIsoDate(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number);
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

/**
 * Reads a date back from a block ("4 December 2026", "2026-12-04") for a date input; "" when it
 * is written some other way.
 *
 * @example
 * toIsoDate("4 December 2026") //=> "2026-12-04"
 */
export function toIsoDate(text: string): string {
  const t = text.trim();
  if (isIsoDate(t)) return t;
  const m = /^(\d{1,2})\s+([A-Za-z]+)\s+(\d{4})$/.exec(t);
  if (!m) return "";
  const month = MONTHS.findIndex((name) => name.toLowerCase() === m[2].toLowerCase());
  if (month === -1) return "";
  const iso = `${m[3]}-${String(month + 1).padStart(2, "0")}-${m[1].padStart(2, "0")}`;
  return isIsoDate(iso) ? iso : "";
}
