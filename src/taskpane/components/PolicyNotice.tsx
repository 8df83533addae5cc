import * as React from "react";
import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";
import type { PolicyLoadResult } from "../../policy/load-browser";
import { POLICY_ERROR_LEAD } from "../labels";

export interface PolicyNoticeProps {
  /** What loading the organisation's policy gave; undefined when it was not looked for. */
  policy: PolicyLoadResult | undefined;
}

const useStyles = makeStyles({
  // The validation message may list several problems, one per line.
  problem: { display: "block", whiteSpace: "pre-line", overflowWrap: "anywhere", marginBottom: tokens.spacingVerticalXS },
  note: { margin: 0, fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200, color: tokens.colorNeutralForeground3 },
});

/**
 * Says whether the organisation's release policy applies: a warning when it could not be loaded
 * (the built-in rules apply instead), a quiet note when it is applied, nothing when none is deployed.
 */
export function PolicyNotice({ policy }: PolicyNoticeProps): React.ReactElement | null {
  const styles = useStyles();
  if (!policy || policy.status === "none") return null;
  if (policy.status === "loaded") {
    return (
      <p className={styles.note} data-testid="policy-note">
        Your organisation&apos;s release policy is applied.
      </p>
    );
  }
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="policy-error">
      <MessageBarBody>
        <MessageBarTitle>Organisation policy not applied</MessageBarTitle>
        <span className={styles.problem} data-testid="policy-error-message">
          {POLICY_ERROR_LEAD + policy.message}
        </span>
        Release Guard is checking with its built-in rules until the policy is fixed.
      </MessageBarBody>
    </MessageBar>
  );
}
