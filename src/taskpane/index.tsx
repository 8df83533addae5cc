/**
 * The task pane's composition root: waits for Office.js, wraps the open message and the user's
 * roaming settings with the src/office boundary, picks the theme, and renders the pane. Outside
 * Outlook (plain browser, Office.js missing) it renders the "open it from Outlook" state.
 */
import * as React from "react";
import { createRoot } from "react-dom/client";
import { Spinner } from "@fluentui/react-components";
import { officeAvailable, type OfficeSession } from "../office/compose";
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

/** `undefined` while Office.js is still starting. */
function Pane({ session }: { session: OfficeSession | null | undefined }): React.ReactElement {
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
  const timeout = new Promise<null>((resolve) => setTimeout(() => resolve(null), OFFICE_READY_TIMEOUT_MS));
  const session = await Promise.race([officeAvailable(), timeout]);
  root.render(<Pane session={session} />);
}

void main();
