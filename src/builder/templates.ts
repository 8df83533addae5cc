/**
 * One builder template per release kind. Each template owns its form values, pre-fill, validation
 * and rendering; the task pane picks the template for the kind being written and renders its form.
 * Today only the first-lot template exists; sample-only, shipment window, full production,
 * payment-triggered lot, hold and pause templates plug in here with their own values and fields
 * (and their own `BlockFields` shape in src/checker), keeping the same insert/update guarantees,
 * which live in insert.ts and replace.ts and do not depend on the kind.
 */
import { buildBlock } from "../checker";
import type { Block, BlockFields, ReleaseKind } from "../checker/types";
import { prefillFirstLot, type PrefillInput } from "./prefill";
import type { FieldMessage, FirstLotFieldId, FirstLotValues, Prefill } from "./types";
import { emptyFirstLotValues, validateFirstLot, type FirstLotValidation } from "./validate";

export interface TemplateValidation<K extends string, F> {
  messages: Partial<Record<K, FieldMessage>>;
  fields: F | null;
}

export interface BuilderTemplate<V, K extends string, F, R extends TemplateValidation<K, F> = TemplateValidation<K, F>> {
  kind: ReleaseKind;
  /** What the buyer reads as the form's title. */
  title: string;
  empty(): V;
  prefill(input: PrefillInput): Prefill<V, K>;
  validate(values: V): R;
  render(fields: F): Block;
}

export const firstLotTemplate: BuilderTemplate<FirstLotValues, FirstLotFieldId, BlockFields, FirstLotValidation> = {
  kind: "first-lot",
  title: "First-lot release",
  empty: emptyFirstLotValues,
  prefill: prefillFirstLot,
  validate: validateFirstLot,
  render: buildBlock,
};

/** The template for a kind, when the builder has one. */
export function templateFor(kind: ReleaseKind | null | undefined): typeof firstLotTemplate | null {
  return kind === "first-lot" || kind === undefined || kind === null ? firstLotTemplate : null;
}
