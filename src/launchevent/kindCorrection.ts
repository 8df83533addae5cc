/**
 * The buyer's correction of the release kind, remembered for one message. The task pane writes it
 * when the buyer picks a kind; the send-time check reads it, so both judge the email as the same
 * kind. Stored as an Office custom property: per message, visible only to this add-in, kept with
 * the draft (src/office: getCustomProperty / setCustomProperty). No Office, no DOM here.
 */
import { RELEASE_KINDS } from "../checker/types";
import type { ReleaseKind } from "../checker/types";
import type { ComposeItem } from "../office/types";

/** The custom property's name (custom properties are already private to this add-in). */
export const KIND_CORRECTION_PROPERTY = "releaseKind";

/**
 * The stored value as a kind, or undefined when it is absent or not a kind this version knows.
 * @example parseKindCorrection("sample-only") //=> "sample-only"
 * @example parseKindCorrection("lot-2") //=> undefined
 */
export function parseKindCorrection(raw: unknown): ReleaseKind | undefined {
  if (typeof raw !== "string") return undefined;
  const value = raw.trim();
  return RELEASE_KINDS.indexOf(value as ReleaseKind) >= 0 ? (value as ReleaseKind) : undefined;
}

/**
 * The kind the buyer chose for this message, or undefined (none chosen, or an item without
 * per-message storage). Rejects when Office cannot read the properties; callers decide what that means.
 */
export function readKindCorrection(item: Pick<ComposeItem, "getCustomProperty">): Promise<ReleaseKind | undefined> {
  if (typeof item.getCustomProperty !== "function") return Promise.resolve(undefined);
  return item.getCustomProperty(KIND_CORRECTION_PROPERTY).then(parseKindCorrection);
}

/** Remembers the buyer's kind for this message; undefined forgets it (back to the detected kind). */
export function writeKindCorrection(item: Pick<ComposeItem, "setCustomProperty">, kind: ReleaseKind | undefined): Promise<void> {
  if (typeof item.setCustomProperty !== "function") {
    return Promise.reject(new Error("this message cannot keep Release Guard's choice (no per-message storage)"));
  }
  return item.setCustomProperty(KIND_CORRECTION_PROPERTY, kind === undefined ? null : kind);
}
