/**
 * How the first-lot form changes as the buyer types: the balance follows order total − lot until
 * the buyer types one, and a trigger preset writes its sentence into the trigger field.
 */
import { triggerPreset } from "./presets";
import type { FirstLotFieldId, FirstLotValues, TriggerPresetId } from "./types";
import { autoBalance } from "./validate";

export type FirstLotEdit =
  | { type: "set"; field: FirstLotFieldId; value: string }
  | { type: "preset"; preset: TriggerPresetId | "" }
  | { type: "reset-balance" }
  | { type: "load"; values: FirstLotValues };

/**
 * The form after one edit.
 *
 * @example
 * applyEdit({ ...values, balanceAuto: true }, { type: "set", field: "lotQuantity", value: "30" }).balanceQuantity //=> "120"
 */
export function applyEdit(values: FirstLotValues, edit: FirstLotEdit): FirstLotValues {
  switch (edit.type) {
    case "load":
      return { ...edit.values };
    case "reset-balance": {
      const next = { ...values, balanceAuto: true };
      next.balanceQuantity = autoBalance(next);
      return next;
    }
    case "preset": {
      const next = { ...values, triggerPreset: edit.preset };
      const preset = triggerPreset(edit.preset);
      if (preset) next.trigger = preset.text(next);
      return next;
    }
    case "set": {
      const next = { ...values, [edit.field]: edit.value };
      if (edit.field === "balanceQuantity") next.balanceAuto = false;
      if ((edit.field === "orderTotal" || edit.field === "lotQuantity" || edit.field === "unit") && next.balanceAuto) {
        next.balanceQuantity = autoBalance(next);
      }
      if (edit.field === "triggerDate" && next.triggerPreset === "date") {
        next.trigger = triggerPreset("date")?.text(next) ?? next.trigger;
      }
      return next;
    }
  }
}
