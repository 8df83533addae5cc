import * as React from "react";
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { renderMiniMarkdown } from "./miniMarkdown";
import type { SendDialogModel } from "./sendAdapter";

export interface SendDialogProps {
  dialog: SendDialogModel | null;
  /** "Fix release": open the task pane. */
  onFix: () => void;
  onSendAnyway: () => void;
  onDontSend: () => void;
}

const useStyles = makeStyles({
  message: {
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    "& p": { margin: `0 0 ${tokens.spacingVerticalS}` },
    "& ul": { margin: `0 0 ${tokens.spacingVerticalS}`, paddingLeft: tokens.spacingHorizontalXL },
  },
  plain: { whiteSpace: "pre-wrap", margin: 0 },
  button: { whiteSpace: "nowrap", minWidth: "auto" },
  caption: { marginTop: tokens.spacingVerticalM, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
});

/** The Smart Alerts dialog as Outlook would draw it for the simulated client. */
export function SendDialog({ dialog, onFix, onSendAnyway, onDontSend }: SendDialogProps): React.ReactElement {
  const styles = useStyles();
  return (
    <Dialog
      open={dialog !== null}
      modalType="alert"
      onOpenChange={(_event, data) => {
        if (!data.open) onDontSend();
      }}
    >
      <DialogSurface data-testid="send-dialog" aria-describedby="rg-send-dialog-message">
        <DialogBody>
          <DialogTitle>Release Guard</DialogTitle>
          <DialogContent>
            <div id="rg-send-dialog-message" className={styles.message} data-testid="send-dialog-message" data-format={dialog?.markdown ? "markdown" : "plain"}>
              {dialog?.markdown ? renderMiniMarkdown(dialog.markdown) : <p className={styles.plain}>{dialog?.message}</p>}
            </div>
            <p className={styles.caption}>Simulated Smart Alerts dialog: what Outlook shows before this email is sent.</p>
          </DialogContent>
          <DialogActions>
            {dialog?.fixLabel && (
              <Button appearance="primary" className={styles.button} onClick={onFix} data-testid="dialog-fix">
                {dialog.fixLabel}
              </Button>
            )}
            {dialog?.canSendAnyway && (
              <Button appearance={dialog.fixLabel ? "secondary" : "primary"} className={styles.button} onClick={onSendAnyway} data-testid="dialog-send-anyway">
                Send anyway
              </Button>
            )}
            <Button appearance="secondary" className={styles.button} onClick={onDontSend} data-testid="dialog-dont-send">
              Don&apos;t send
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
