import * as React from "react";
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { DETAIL_KEYS, type Detail, type DetailKey, type DetailStatus, type Report } from "../../checker/types";
import { DETAIL_LABELS, STATUS_LABELS } from "../labels";
import { StatusIcon, type StatusTone } from "./StatusIcon";

export interface DetailChecklistProps {
  details: Report["details"];
}

export interface DetailRowProps {
  detailKey: DetailKey;
  detail: Detail;
}

const TONE: Record<DetailStatus, StatusTone> = { present: "success", vague: "warning", missing: "danger" };

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: {
    display: "grid",
    gridTemplateColumns: "20px 1fr",
    columnGap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  icon: { marginTop: "1px" },
  body: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, minWidth: 0 },
  head: { display: "flex", flexWrap: "wrap", alignItems: "baseline", columnGap: tokens.spacingHorizontalS },
  name: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300 },
  status: { fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200, fontWeight: tokens.fontWeightSemibold },
  present: { color: tokens.colorStatusSuccessForeground1 },
  vague: { color: tokens.colorStatusWarningForeground3 },
  missing: { color: tokens.colorStatusDangerForeground3 },
  optional: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
  message: { margin: 0, fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200, color: tokens.colorNeutralForeground2 },
  evidence: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalS,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}`,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    color: tokens.colorNeutralForeground1,
    overflowWrap: "anywhere",
  },
});

/** One detail: status icon and status word (never colour alone), the checker's one-line explanation, the quoted evidence. */
export function DetailRow({ detailKey, detail }: DetailRowProps): React.ReactElement {
  const styles = useStyles();
  const label = DETAIL_LABELS[detailKey];
  const statusLabel = STATUS_LABELS[detail.status];
  const optional = detail.required === false;
  return (
    <li
      className={styles.row}
      data-testid={`detail-${detailKey}`}
      data-status={detail.status}
      aria-label={`${label}: ${statusLabel}${optional ? " (optional for this kind)" : ""}`}
    >
      <StatusIcon tone={optional && detail.status !== "present" ? "neutral" : TONE[detail.status]} className={styles.icon} />
      <div className={styles.body}>
        <div className={styles.head}>
          <span className={styles.name}>{label}</span>
          <span className={mergeClasses(styles.status, styles[detail.status])} data-testid={`detail-${detailKey}-status`}>
            {statusLabel}
          </span>
          {optional && <span className={styles.optional}>optional for this kind</span>}
        </div>
        {detail.message && (
          <p className={styles.message} data-testid={`detail-${detailKey}-message`}>
            {detail.message}
          </p>
        )}
        {detail.evidence.map((evidence) => (
          <blockquote key={`${evidence.range[0]}-${evidence.range[1]}`} className={styles.evidence} data-testid={`detail-${detailKey}-evidence`}>
            “{evidence.text}”
          </blockquote>
        ))}
      </div>
    </li>
  );
}

/** The five details of a release, in the order a buyer reads them. */
export function DetailChecklist({ details }: DetailChecklistProps): React.ReactElement {
  const styles = useStyles();
  return (
    <ul className={styles.list} data-testid="checklist" aria-label="Release details">
      {DETAIL_KEYS.map((key) => (
        <DetailRow key={key} detailKey={key} detail={details[key]} />
      ))}
    </ul>
  );
}
