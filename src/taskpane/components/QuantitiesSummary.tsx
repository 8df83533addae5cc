import * as React from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import type { Quantities } from "../../checker/types";

export interface QuantitiesSummaryProps {
  quantities: Quantities;
}

const useStyles = makeStyles({
  list: {
    display: "grid",
    gridTemplateColumns: "auto 1fr",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
  },
  term: { color: tokens.colorNeutralForeground2 },
  value: { margin: 0, fontWeight: tokens.fontWeightSemibold, fontVariantNumeric: "tabular-nums" },
  unknown: { margin: 0, color: tokens.colorNeutralForeground3, fontStyle: "italic" },
});

function formatQuantity(value: number | null, unit: string | null): string | null {
  if (value === null) return null;
  const number = value.toLocaleString("en-US");
  return unit ? `${number} ${unit}` : number;
}

/** The numbers the checker understood, so the buyer can see whether it read them right. */
export function QuantitiesSummary({ quantities }: QuantitiesSummaryProps): React.ReactElement {
  const styles = useStyles();
  const rows: Array<[string, string, string | null]> = [
    ["released", "Released now", formatQuantity(quantities.released, quantities.unit)],
    ["on-hold", "On hold", formatQuantity(quantities.onHold, quantities.unit)],
    ["total", "Order total", formatQuantity(quantities.total, quantities.unit)],
    ["unit", "Unit", quantities.unit],
  ];
  return (
    <dl className={styles.list} data-testid="quantities">
      {rows.map(([id, term, value]) => (
        <React.Fragment key={id}>
          <dt className={styles.term}>{term}</dt>
          {value === null ? (
            <dd className={styles.unknown} data-testid={`quantity-${id}`}>
              not stated
            </dd>
          ) : (
            <dd className={styles.value} data-testid={`quantity-${id}`}>
              {value}
            </dd>
          )}
        </React.Fragment>
      ))}
    </dl>
  );
}
