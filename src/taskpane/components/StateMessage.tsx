import * as React from "react";
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { StatusIcon, type StatusTone } from "./StatusIcon";

export interface StateMessageProps {
  /** Stable id for tests and styling: unavailable | empty | unreadable | not-a-release | loading. */
  state: string;
  title: string;
  tone?: StatusTone;
  children?: React.ReactNode;
  /** An action such as Retry. */
  actionLabel?: string;
  onAction?: () => void;
  actionTestId?: string;
}

const useStyles = makeStyles({
  box: {
    display: "grid",
    gridTemplateColumns: "20px 1fr",
    columnGap: tokens.spacingHorizontalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
  },
  body: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400, fontWeight: tokens.fontWeightSemibold },
  text: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    "& p": { margin: 0 },
    "& ul": { margin: 0 },
  },
  action: { alignSelf: "flex-start" },
});

/** A friendly full-width state: what happened, in plain words, and what the buyer can do. */
export function StateMessage({ state, title, tone = "neutral", children, actionLabel, onAction, actionTestId }: StateMessageProps): React.ReactElement {
  const styles = useStyles();
  return (
    <section className={styles.box} data-testid={`state-${state}`} aria-labelledby={`rg-state-${state}`}>
      <StatusIcon tone={tone} />
      <div className={styles.body}>
        <h2 id={`rg-state-${state}`} className={styles.title} tabIndex={-1}>
          {title}
        </h2>
        {children && <div className={styles.text}>{children}</div>}
        {actionLabel && onAction && (
          <Button className={styles.action} appearance="secondary" onClick={onAction} data-testid={actionTestId}>
            {actionLabel}
          </Button>
        )}
      </div>
    </section>
  );
}
