import * as React from "react";
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import type { SettingsStore } from "../../office/types";
import { clearLastSendFailure, readLastSendFailure, type SendCheckFailureRecord } from "../../launchevent/failureLog";
import { StatusIcon } from "./StatusIcon";

export interface SendFailureNoticeProps {
  settings: SettingsStore | null;
}

const useStyles = makeStyles({
  box: {
    display: "grid",
    gridTemplateColumns: "20px 1fr",
    columnGap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorStatusWarningBorder1}`,
    backgroundColor: tokens.colorStatusWarningBackground1,
  },
  body: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, minWidth: 0 },
  title: { margin: 0, fontWeight: tokens.fontWeightSemibold },
  text: { margin: 0, fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
  action: { alignSelf: "flex-start" },
});

function when(at: string | undefined): string {
  if (!at) return "";
  const date = new Date(at);
  return Number.isNaN(date.getTime()) ? "" : ` (${date.toLocaleString()})`;
}

/**
 * Tells the buyer that an email went out unchecked because the send-time check could not run
 * (recorded by src/launchevent in roaming settings), until they dismiss it.
 */
export function SendFailureNotice({ settings }: SendFailureNoticeProps): React.ReactElement | null {
  const styles = useStyles();
  const [record, setRecord] = React.useState<SendCheckFailureRecord | undefined>(() => (settings ? readLastSendFailure(settings) : undefined));
  React.useEffect(() => setRecord(settings ? readLastSendFailure(settings) : undefined), [settings]);
  if (!record || !settings) return null;
  const dismiss = (): void => {
    setRecord(undefined);
    void clearLastSendFailure(settings).catch(() => undefined);
  };
  return (
    <section className={styles.box} data-testid="send-failure-notice" aria-labelledby="rg-send-failure-title">
      <StatusIcon tone="warning" />
      <div className={styles.body}>
        <h2 id="rg-send-failure-title" className={styles.title}>
          An earlier email went out unchecked
        </h2>
        <p className={styles.text}>
          {record.message}
          {when(record.at)}
        </p>
        <Button className={styles.action} size="small" appearance="secondary" onClick={dismiss} data-testid="send-failure-dismiss">
          Dismiss
        </Button>
      </div>
    </section>
  );
}
