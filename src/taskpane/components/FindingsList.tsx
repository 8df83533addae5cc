import * as React from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import type { Finding, Severity } from "../../checker/types";
import { SEVERITY_LABELS } from "../labels";
import { StatusIcon, type StatusTone } from "./StatusIcon";

export interface FindingsListProps {
  findings: Finding[];
}

const TONE: Record<Severity, StatusTone> = { error: "danger", warning: "warning", info: "neutral" };

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  item: {
    display: "grid",
    gridTemplateColumns: "20px 1fr",
    columnGap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  body: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, minWidth: 0 },
  severity: { fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground2 },
  quote: {
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: "anywhere",
  },
  message: { margin: 0, fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
  suggestions: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  suggestion: { fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200, color: tokens.colorNeutralForeground2 },
  replacement: {
    display: "block",
    marginTop: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusSmall,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground1,
    overflowWrap: "anywhere",
  },
});

/** Phrases the shop could misread, each with the checker's explanation and suggested rewrites. */
export function FindingsList({ findings }: FindingsListProps): React.ReactElement {
  const styles = useStyles();
  return (
    <ul className={styles.list} data-testid="findings" aria-label="Wording to fix">
      {findings.map((finding, index) => (
        <li
          key={`${finding.ruleId}-${finding.range[0]}-${finding.range[1]}-${index}`}
          className={styles.item}
          data-testid="finding"
          data-rule={finding.ruleId}
          data-severity={finding.severity}
        >
          <StatusIcon tone={TONE[finding.severity]} />
          <div className={styles.body}>
            <span className={styles.severity}>{SEVERITY_LABELS[finding.severity]}</span>
            {finding.text && <p className={styles.quote}>“{finding.text}”</p>}
            <p className={styles.message}>{finding.message}</p>
            {finding.suggestions && finding.suggestions.length > 0 && (
              <ul className={styles.suggestions} aria-label="Suggested rewrites">
                {finding.suggestions.map((suggestion, i) => (
                  <li key={i} className={styles.suggestion} data-testid="suggestion">
                    {suggestion.message}
                    {suggestion.replacement && (
                      <span className={styles.replacement} data-testid="suggestion-replacement">
                        Try: “{suggestion.replacement}”
                      </span>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </div>
        </li>
      ))}
    </ul>
  );
}
