import * as React from "react";
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { StatusIcon } from "../taskpane/components/StatusIcon";
import type { FakeMailbox, FakeNotification } from "./fakeMailbox";

export interface NotificationBarProps {
  mailbox: FakeMailbox;
}

const useStyles = makeStyles({
  bar: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: "2px" },
  item: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground1,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  error: { backgroundColor: tokens.colorStatusDangerBackground1 },
});

/** The info bar Outlook shows above the body: the item's notification messages (at most five). */
export function NotificationBar({ mailbox }: NotificationBarProps): React.ReactElement | null {
  const styles = useStyles();
  const notifications = React.useSyncExternalStore<FakeNotification[]>(
    React.useCallback((listener) => mailbox.subscribe(listener), [mailbox]),
    useStableSnapshot(mailbox),
  );
  if (notifications.length === 0) return null;
  return (
    <ul className={styles.bar} data-testid="notification-bar" aria-label="Notifications">
      {notifications.map((n) => (
        <li key={n.key} className={mergeClasses(styles.item, n.type === "errorMessage" && styles.error)} data-testid="notification" data-key={n.key} data-type={n.type}>
          <StatusIcon tone={n.type === "errorMessage" ? "danger" : "neutral"} />
          <span>{n.message}</span>
        </li>
      ))}
    </ul>
  );
}

/** getSnapshot must return the same array until the notifications change. */
function useStableSnapshot(mailbox: FakeMailbox): () => FakeNotification[] {
  const cache = React.useRef<{ key: string; value: FakeNotification[] }>({ key: "", value: [] });
  return React.useCallback(() => {
    const value = mailbox.notifications();
    const key = JSON.stringify(value);
    if (key !== cache.current.key) cache.current = { key, value };
    return cache.current.value;
  }, [mailbox]);
}
