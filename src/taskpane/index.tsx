/**
 * The task pane's composition root: waits for Office.js, wraps the open message and the user's
 * roaming settings with the src/office boundary, loads the organisation's policy from the add-in's
 * own site (config/policy.json beside this page), picks the theme, and renders the pane. Outside
 * Outlook (plain browser, Office.js missing) it renders the "open it from Outlook" state.
 */
import * as React from "react";
import { createRoot } from "react-dom/client";
import { Spinner } from "@fluentui/react-components";
import { officeAvailable, type OfficeSession } from "../office/compose";
import type { PolicyLoadResult } from "../policy/load-browser";
import { readOfficeTheme } from "../office/theme";
import { App } from "./App";
import { chooseThemeName, forcedColorsActive, type ThemeName } from "./theme";
import { ThemedRoot } from "./ThemedRoot";

function currentTheme(): ThemeName {
  const override = new URLSearchParams(window.location.search).get("theme");
  return chooseThemeName({ override, forcedColors: forcedColorsActive(), officeTheme: readOfficeTheme() });
}

/** Follows the theme while the pane is open: Windows high contrast can be switched at any time. */
function useTheme(): ThemeName {
  const [theme, setTheme] = React.useState<ThemeName>(currentTheme);
  React.useEffect(() => {
    const query = window.matchMedia?.("(forced-colors: active)");
    if (!query) return undefined;
    const update = (): void => setTheme(currentTheme());
    query.addEventListener?.("change", update);
    return () => query.removeEventListener?.("change", update);
  }, []);
  return theme;
}

/** How long to wait for Office.onReady before showing the "open it from Outlook" state. */
const OFFICE_READY_TIMEOUT_MS = 10_000;

/** How long the policy may take before the pane starts with the built-in rules (and says so). */
const POLICY_TIMEOUT_MS = 5_000;
/** Where the policy lives (src/policy/load-browser's DEFAULT_POLICY_URL), for messages only. */
const POLICY_FILE = "config/policy.json";

/**
 * Loads the policy once, in parallel with Office.js; never rejects. The reader and its validator
 * are a chunk of their own, fetched beside Office.js, so the pane's first bundle stays small.
 */
function loadPolicy(): Promise<PolicyLoadResult> {
  const loading = import(/* webpackChunkName: "policy-reader" */ "../policy/load-browser").then(
    (reader) => reader.loadPolicyFromOrigin(),
    (error: unknown): PolicyLoadResult => ({
      status: "error",
      message: `${POLICY_FILE}: the add-in's policy reader could not be loaded (${error instanceof Error ? error.message : String(error)})`,
    }),
  );
  const timeout = new Promise<PolicyLoadResult>((resolve) =>
    setTimeout(
      () => resolve({ status: "error", message: `${POLICY_FILE}: the add-in's server did not answer within ${POLICY_TIMEOUT_MS / 1000} seconds` }),
      POLICY_TIMEOUT_MS,
    ),
  );
  return Promise.race([loading, timeout]);
}

/** `undefined` while Office.js is still starting. */
function Pane({ session, policy }: { session: OfficeSession | null | undefined; policy?: PolicyLoadResult }): React.ReactElement {
  const theme = useTheme();
  if (session === undefined) {
    return (
      <ThemedRoot theme={theme} fill>
        <Spinner size="small" label="Connecting to Outlook…" style={{ paddingTop: 48 }} />
      </ThemedRoot>
    );
  }
  return (
    <ThemedRoot theme={theme} fill>
      <App
        item={session?.item ?? null}
        settings={session?.settings ?? null}
        theme={theme}
        policy={policy}
        unavailableReason={session ? undefined : "Office.js found no message being composed on this page."}
      />
    </ThemedRoot>
  );
}

async function main(): Promise<void> {
  const container = document.getElementById("root");
  if (!container) return;
  const root = createRoot(container);
  root.render(<Pane session={undefined} />);
  const policy = loadPolicy();
  const timeout = new Promise<null>((resolve) => setTimeout(() => resolve(null), OFFICE_READY_TIMEOUT_MS));
  const session = await Promise.race([officeAvailable(), timeout]);
  // The first check runs under the policy, so the verdict does not change a moment after opening.
  root.render(<Pane session={session} policy={session ? await policy : undefined} />);
}

void main();
