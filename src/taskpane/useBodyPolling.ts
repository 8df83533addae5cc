/**
 * Keeps a check of the message body current while the pane is open. Compose mode has no
 * body-changed event, so the hook reads the body about every `intervalMs` while the page is
 * visible, analyses it only when the text changed, and commits a new state only when what the
 * buyer would see changed (compared as JSON) — no flicker, no re-render while they type.
 */
import * as React from "react";
import { analyze as defaultAnalyze } from "../checker";
import type { AnalyzeOptions, ReleaseKind, Report } from "../checker/types";
import type { ComposeItem } from "../office/types";

export type BodyCheckStatus = "loading" | "ready" | "empty" | "error";

export interface BodyCheckState {
  status: BodyCheckStatus;
  /** The body text the current report was made from ("" before the first read). */
  text: string;
  /** The latest report; kept (stale) while a later read fails. Null when empty or never read. */
  report: Report | null;
  /**
   * The kind the checker recognises in this text by itself. Equals `report.kind` unless a kind was
   * given in the options (the buyer's correction); null without a report.
   */
  detectedKind: ReleaseKind | null;
  /** Why the last read or check failed (status "error"); Office's message is kept. */
  error: string | null;
  /** True while a check the buyer asked for (Check again / Retry) is running. */
  checking: boolean;
}

export type AnalyzeFn = (text: string, options?: AnalyzeOptions) => Report;

export interface UseBodyPollingOptions {
  /** The checker; injectable for tests. Defaults to src/checker's analyze. */
  analyze?: AnalyzeFn;
  /**
   * The kind the buyer chose and the organisation's policy. A change re-checks at once, keeping
   * what is on screen until the new check is in (no loading state, nothing unmounted).
   */
  analyzeOptions?: AnalyzeOptions;
}

export interface BodyPolling {
  state: BodyCheckState;
  /** Re-reads and re-checks at once, even if the text is unchanged. */
  checkNow: () => void;
}

export const INITIAL_BODY_CHECK: BodyCheckState = { status: "loading", text: "", report: null, detectedKind: null, error: null, checking: false };

function isVisible(): boolean {
  return typeof document === "undefined" || document.visibilityState === "visible";
}

function errorMessage(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  return typeof error === "string" && error ? error : "Unknown error";
}

/** What the buyer sees, as a string: equal keys mean no re-render is needed. */
function visibleKey(state: BodyCheckState): string {
  return JSON.stringify([state.status, state.report, state.detectedKind, state.error, state.checking]);
}

/** The report, and the kind the checker finds by itself (a second, kind-free check only when a kind was given). */
function check(analyze: AnalyzeFn, text: string, options: AnalyzeOptions | undefined): { report: Report; detectedKind: ReleaseKind } {
  const report = analyze(text, options);
  if (!options || options.kind === undefined) return { report, detectedKind: report.kind };
  const { kind: _chosen, ...rest } = options;
  const detected = analyze(text, Object.keys(rest).length > 0 ? rest : undefined);
  return { report, detectedKind: detected.kind };
}

/**
 * @example
 * const { state, checkNow } = useBodyPolling(item, 1500);
 * state.report?.verdict //=> "vague"
 */
export function useBodyPolling(item: ComposeItem | null, intervalMs = 1500, options: UseBodyPollingOptions = {}): BodyPolling {
  const [state, setState] = React.useState<BodyCheckState>(INITIAL_BODY_CHECK);
  const analyzeRef = React.useRef<AnalyzeFn>(options.analyze ?? defaultAnalyze);
  analyzeRef.current = options.analyze ?? defaultAnalyze;
  const analyzeOptionsKey = JSON.stringify(options.analyzeOptions ?? null);
  const analyzeOptionsRef = React.useRef(options.analyzeOptions);
  analyzeOptionsRef.current = options.analyzeOptions;
  const checkNowRef = React.useRef<() => void>(() => undefined);

  React.useEffect(() => {
    if (!item) return undefined;
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let inFlight = false;
    let forceQueued = false;
    let lastText: string | null = null;
    let current: BodyCheckState = INITIAL_BODY_CHECK;
    let currentKey = visibleKey(current);

    const commit = (next: BodyCheckState): void => {
      const key = visibleKey(next);
      current = next;
      if (key === currentKey) return; // same picture: keep React out of it
      currentKey = key;
      setState(next);
    };

    const schedule = (): void => {
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      if (!cancelled && isVisible()) timer = setTimeout(() => void run(false), intervalMs);
    };

    const run = async (force: boolean): Promise<void> => {
      if (cancelled) return;
      if (inFlight) {
        // Never overlap reads; a requested check runs right after the one in flight.
        if (force) forceQueued = true;
        return;
      }
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      inFlight = true;
      if (force && current.status !== "loading") commit({ ...current, checking: true });
      try {
        const text = await item.getBodyText();
        if (cancelled) return;
        if (!force && text === lastText && current.status !== "error") {
          return; // unchanged text: nothing to analyse
        }
        lastText = text;
        if (text.trim() === "") {
          commit({ status: "empty", text, report: null, detectedKind: null, error: null, checking: false });
          return;
        }
        try {
          const { report, detectedKind } = check(analyzeRef.current, text, analyzeOptionsRef.current);
          commit({ status: "ready", text, report, detectedKind, error: null, checking: false });
        } catch (error) {
          lastText = null;
          commit({ ...current, status: "error", error: `The check itself failed: ${errorMessage(error)}`, checking: false });
        }
      } catch (error) {
        if (cancelled) return;
        lastText = null; // re-analyse once reading works again
        commit({ ...current, status: "error", error: errorMessage(error), checking: false });
      } finally {
        inFlight = false;
        if (!cancelled) {
          if (current.checking) commit({ ...current, checking: false });
          if (forceQueued) {
            forceQueued = false;
            void run(true);
          } else {
            schedule();
          }
        }
      }
    };

    const onVisibilityChange = (): void => {
      if (isVisible()) void run(false);
      else if (timer !== undefined) {
        clearTimeout(timer);
        timer = undefined;
      }
    };

    checkNowRef.current = () => void run(true);
    setState(INITIAL_BODY_CHECK);
    void run(true);
    document.addEventListener("visibilitychange", onVisibilityChange);
    return () => {
      cancelled = true;
      if (timer !== undefined) clearTimeout(timer);
      document.removeEventListener("visibilitychange", onVisibilityChange);
      checkNowRef.current = () => undefined;
    };
  }, [item, intervalMs]);

  // A different kind or policy: check again at once, over the same text, without starting over.
  const appliedOptionsKey = React.useRef(analyzeOptionsKey);
  React.useEffect(() => {
    if (appliedOptionsKey.current === analyzeOptionsKey) return;
    appliedOptionsKey.current = analyzeOptionsKey;
    checkNowRef.current();
  }, [analyzeOptionsKey]);

  const checkNow = React.useCallback(() => checkNowRef.current(), []);
  return { state, checkNow };
}
