/**
 * The block exactly as it will be inserted, as plain text in a <pre>: React renders it as text, so
 * nothing the buyer typed can become markup here.
 */
import * as React from "react";
import { makeStyles, tokens } from "@fluentui/react-components";

export interface BlockPreviewProps {
  /** The block's text form, or null while the form has errors. */
  text: string | null;
  /** How many fields need attention (shown instead of the block). */
  problems: number;
}

const useStyles = makeStyles({
  wrap: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  title: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  pre: {
    margin: 0,
    padding: tokens.spacingHorizontalS,
    whiteSpace: "pre-wrap",
    overflowWrap: "anywhere",
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderLeft: `${tokens.strokeWidthThickest} solid ${tokens.colorBrandStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  empty: { margin: 0, color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

export function BlockPreview({ text, problems }: BlockPreviewProps): React.ReactElement {
  const styles = useStyles();
  return (
    <section className={styles.wrap} aria-labelledby="rg-preview-title">
      <h3 id="rg-preview-title" className={styles.title}>
        Preview
      </h3>
      {text !== null ? (
        <pre className={styles.pre} data-testid="rg-builder-preview" aria-label="The approval block as it will be inserted" tabIndex={0}>
          {text}
        </pre>
      ) : (
        <p className={styles.empty} data-testid="rg-builder-preview-empty">
          The block appears here once {problems === 1 ? "the marked field is" : `the ${problems} marked fields are`} filled in.
        </p>
      )}
    </section>
  );
}
