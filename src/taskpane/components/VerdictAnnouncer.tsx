import * as React from "react";
import { makeStyles } from "@fluentui/react-components";
import type { ReleaseKind, Verdict } from "../../checker/types";
import { verdictAnnouncement } from "../labels";

export interface VerdictAnnouncerProps {
  verdict: Verdict | null;
  kind: ReleaseKind | null;
}

const useStyles = makeStyles({
  // Visually hidden, still read by screen readers.
  hidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    margin: "-1px",
    padding: 0,
    overflow: "hidden",
    clipPath: "inset(50%)",
    whiteSpace: "nowrap",
    border: 0,
  },
});

/**
 * A polite live region that speaks only when the verdict changes — not on every poll, not when a
 * detail's wording shifts. It is always rendered so assistive technology tracks it from the start.
 */
export function VerdictAnnouncer({ verdict, kind }: VerdictAnnouncerProps): React.ReactElement {
  const styles = useStyles();
  const [message, setMessage] = React.useState("");
  const previous = React.useRef<Verdict | null>(null);
  React.useEffect(() => {
    if (verdict === null || verdict === previous.current) return;
    previous.current = verdict;
    setMessage(verdictAnnouncement(verdict, kind ?? "not-a-release"));
  }, [verdict, kind]);
  return (
    <div className={styles.hidden} aria-live="polite" aria-atomic="true" data-testid="verdict-announcer">
      {message}
    </div>
  );
}
