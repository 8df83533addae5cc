import * as React from "react";
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { CheckmarkCircle20Filled, ErrorCircle20Filled, Info20Filled, Warning20Filled } from "@fluentui/react-icons";

export type StatusTone = "success" | "warning" | "danger" | "neutral";

export interface StatusIconProps {
  tone: StatusTone;
  className?: string;
}

const useStyles = makeStyles({
  icon: { flexShrink: 0, display: "block" },
  success: { color: tokens.colorStatusSuccessForeground1 },
  warning: { color: tokens.colorStatusWarningForeground3 },
  danger: { color: tokens.colorStatusDangerForeground1 },
  neutral: { color: tokens.colorNeutralForeground3 },
});

/** A decorative status glyph; its meaning is always also given as text next to it. */
export function StatusIcon({ tone, className }: StatusIconProps): React.ReactElement {
  const styles = useStyles();
  const cls = mergeClasses(styles.icon, styles[tone], className);
  switch (tone) {
    case "success":
      return <CheckmarkCircle20Filled aria-hidden="true" className={cls} />;
    case "warning":
      return <Warning20Filled aria-hidden="true" className={cls} />;
    case "danger":
      return <ErrorCircle20Filled aria-hidden="true" className={cls} />;
    default:
      return <Info20Filled aria-hidden="true" className={cls} />;
  }
}
