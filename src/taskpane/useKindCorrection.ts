/**
 * The buyer's correction of the release kind for the open message: read back when the pane opens
 * (so a choice made earlier on this draft still applies), changed by the kind picker, and saved
 * with the message so the send-time check judges the same kind. Office is reached only through the
 * ComposeItem boundary (getCustomProperty / setCustomProperty).
 */
import * as React from "react";
import type { ReleaseKind } from "../checker/types";
import { readKindCorrection, writeKindCorrection } from "../launchevent/kindCorrection";
import type { ComposeItem } from "../office/types";

export interface KindCorrection {
  /** True once the remembered kind is known, or the pane stopped waiting for it. */
  ready: boolean;
  /** The kind the buyer chose; undefined means "the kind Release Guard recognises". */
  kind: ReleaseKind | undefined;
  /** Why the last choice could not be kept with the message (it still applies in this pane). */
  saveError: string | null;
  /** Applies a choice at once and saves it with the message; undefined goes back to the detected kind. */
  choose(kind: ReleaseKind | undefined): void;
}

/** How long the first check waits for the remembered kind before going on without it. */
export const KIND_READ_WAIT_MS = 1000;

function message(error: unknown): string {
  return error instanceof Error && error.message ? error.message : String(error);
}

/**
 * @example
 * const correction = useKindCorrection(item);
 * correction.choose("sample-only"); // re-checks as a sample-only approval, saved with the draft
 */
export function useKindCorrection(item: ComposeItem | null, waitMs: number = KIND_READ_WAIT_MS): KindCorrection {
  const [ready, setReady] = React.useState(false);
  const [kind, setKind] = React.useState<ReleaseKind | undefined>(undefined);
  const [saveError, setSaveError] = React.useState<string | null>(null);
  const chosenByBuyer = React.useRef(false);
  // Saves run one after another, so the last choice is the one the message keeps.
  const saving = React.useRef<Promise<void>>(Promise.resolve());
  const latestChoice = React.useRef(0);

  React.useEffect(() => {
    chosenByBuyer.current = false;
    setKind(undefined);
    setSaveError(null);
    if (!item || typeof item.getCustomProperty !== "function") {
      setReady(true);
      return undefined;
    }
    setReady(false);
    let live = true;
    const timer = setTimeout(() => {
      if (live) setReady(true);
    }, waitMs);
    readKindCorrection(item).then(
      (remembered) => {
        if (!live) return;
        // A late answer still applies, unless the buyer has chosen in the meantime.
        if (!chosenByBuyer.current) setKind(remembered);
        setReady(true);
      },
      () => {
        // Unreadable (e.g. Outlook on Mac offline): the detected kind applies; a new choice still works.
        if (live) setReady(true);
      },
    );
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [item, waitMs]);

  const choose = React.useCallback(
    (next: ReleaseKind | undefined) => {
      chosenByBuyer.current = true;
      setKind(next);
      setSaveError(null);
      if (!item) return;
      const seq = ++latestChoice.current;
      saving.current = saving.current.then(() =>
        writeKindCorrection(item, next).then(
          () => undefined,
          (error: unknown) => {
            if (seq === latestChoice.current) setSaveError(message(error));
          },
        ),
      );
    },
    [item],
  );

  return { ready, kind, saveError, choose };
}
