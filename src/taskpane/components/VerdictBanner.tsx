import * as React from "react";
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { KIND_LABELS } from "../../checker";
import type { Report, Verdict } from "../../checker/types";
import { VERDICT_TEXT } from "../labels";
import { StatusIcon, type StatusTone } from "./StatusIcon";

export interface VerdictBannerProps {
  report: Report;
}

const TONE: Record<Verdict, StatusTone> = {
  clean: "success",
  incomplete: "warning",
  vague: "danger",
  "not-a-release": "neutral",
};

const useStyles = makeStyles({
  banner: {
    display: "flex",
    gap: tokens.spacingHorizontalS,
    alignItems: "flex-start",
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground1,
  },
  success: { backgroundColor: tokens.colorStatusSuccessBackground1, border: `${tokens.strokeWidthThin} solid ${tokens.colorStatusSuccessBorder1}` },
  warning: { backgroundColor: tokens.colorStatusWarningBackground1, border: `${tokens.strokeWidthThin} solid ${tokens.colorStatusWarningBorder1}` },
  danger: { backgroundColor: tokens.colorStatusDangerBackground1, border: `${tokens.strokeWidthThin} solid ${tokens.colorStatusDangerBorder1}` },
  neutral: {},
  icon: { marginTop: "2px" },
  text: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, minWidth: 0 },
  title: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
  },
  kind: { fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200, color: tokens.colorNeutralForeground2 },
  summary: { margin: 0, fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300 },
});

/** The one-glance answer: clean, needs attention, vague or not a release, and which kind of release. */
export function VerdictBanner({ report }: VerdictBannerProps): React.ReactElement {
  const styles = useStyles();
  const tone = TONE[report.verdict];
  const text = VERDICT_TEXT[report.verdict];
  return (
    <section
      className={mergeClasses(styles.banner, styles[tone])}
      data-testid="verdict-banner"
      data-verdict={report.verdict}
      data-kind={report.kind}
      aria-labelledby="rg-verdict-title"
    >
      <StatusIcon tone={tone} className={styles.icon} />
      <div className={styles.text}>
        <h2 id="rg-verdict-title" className={styles.title} tabIndex={-1}>
          {text.title}
        </h2>
        {report.verdict !== "not-a-release" && (
          <span className={styles.kind} data-testid="verdict-kind">
            {KIND_LABELS[report.kind]}
          </span>
        )}
        <p className={styles.summary}>{text.summary}</p>
      </div>
    </section>
  );
}
