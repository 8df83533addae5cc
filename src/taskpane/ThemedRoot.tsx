import * as React from "react";
import { FluentProvider, makeStyles, tokens } from "@fluentui/react-components";
import { fluentTheme, type ThemeName } from "./theme";

export interface ThemedRootProps {
  theme: ThemeName;
  /** Fill the whole window with the pane's background (the task pane page); off in the preview. */
  fill?: boolean;
  children: React.ReactNode;
}

const useStyles = makeStyles({
  // On an inner element, not on the provider: the provider's classes are copied onto portals
  // (dialogs, popovers), and a full-height portal node would push the page out of view.
  fill: { minHeight: "100vh", backgroundColor: tokens.colorNeutralBackground2 },
});

/** FluentProvider with the pane's theme; the theme name is also on the element for tests. */
export function ThemedRoot({ theme, fill = false, children }: ThemedRootProps): React.ReactElement {
  const styles = useStyles();
  return (
    <FluentProvider theme={fluentTheme(theme)} data-theme={theme}>
      {fill ? <div className={styles.fill}>{children}</div> : children}
    </FluentProvider>
  );
}
