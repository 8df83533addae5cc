/** "Save as my defaults" / "Forget my defaults": the approver, material and unit, kept in roaming settings. */
import * as React from "react";
import { Button, makeStyles, tokens } from "@fluentui/react-components";

export interface DefaultsBarProps {
  /** False when there is no settings store (outside Outlook): the buttons are disabled and say why. */
  available: boolean;
  hasSaved: boolean;
  busy: boolean;
  status: string;
  onSave: () => void;
  onForget: () => void;
}

const useStyles = makeStyles({
  bar: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  status: { margin: 0, width: "100%", fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
});

export function DefaultsBar({ available, hasSaved, busy, status, onSave, onForget }: DefaultsBarProps): React.ReactElement {
  const styles = useStyles();
  return (
    <div className={styles.bar}>
      <Button size="small" appearance="secondary" onClick={onSave} disabled={!available || busy} data-testid="rg-defaults-save">
        Save as my defaults
      </Button>
      <Button size="small" appearance="subtle" onClick={onForget} disabled={!available || busy || !hasSaved} data-testid="rg-defaults-forget">
        Forget my defaults
      </Button>
      <p className={styles.status} role="status" data-testid="rg-defaults-status">
        {available ? status : "Saved defaults need Outlook (roaming settings); they are not available here."}
      </p>
    </div>
  );
}
