/**
 * The preview page: a simulated Outlook compose window (toolbar, subject, info bar, body editor)
 * with the real task pane beside it. The pane gets an item made by the real src/office adapter over
 * the fake mailbox, so what runs here is what runs in Outlook — minus Outlook.
 */
import * as React from "react";
import { Button, Checkbox, Field, Input, makeStyles, mergeClasses, Select, tokens, ToggleButton } from "@fluentui/react-components";
import { PanelRight20Regular, Send20Regular } from "@fluentui/react-icons";
import type { ComposeItem, SettingsStore } from "../office/types";
import type { PolicyLoadResult } from "../policy/load-browser";
import { App } from "../taskpane/App";
import type { AnalyzeFn } from "../taskpane/useBodyPolling";
import { ThemedRoot } from "../taskpane/ThemedRoot";
import type { ThemeName } from "../taskpane/theme";
import type { EditorHost } from "./editorHost";
import { EXAMPLES, findExample, type ExampleId } from "./examples";
import type { FailurePoint, FakeMailbox } from "./fakeMailbox";
import { htmlToText } from "./htmlText";
import { NotificationBar } from "./NotificationBar";
import { MAILBOX_VERSIONS, type MailboxVersion, type SendDialogModel, type SendFn, type SendOutcome } from "./sendAdapter";
import { SendDialog } from "./SendDialog";
import type { SubjectModel } from "./subjectModel";

export interface PreviewAppProps {
  host: EditorHost;
  mailbox: FakeMailbox;
  /** The real adapter over `mailbox.item`. */
  item: ComposeItem;
  settings: SettingsStore;
  subject: SubjectModel;
  initialTheme: ThemeName;
  initialExample: ExampleId;
  /** Loads the send simulation; the Send button shows once it resolves to a function. */
  loadSend?: () => Promise<SendFn | null>;
  pollMs?: number;
  analyzeFn?: AnalyzeFn;
  /** The organisation's policy as the page loaded it (?policy=); the pane and Send use it. */
  policy?: PolicyLoadResult;
}

type SendStatus = { kind: "idle" } | { kind: "checking" } | { kind: "done"; text: string; tone: "success" | "neutral" | "warning" };

const THEME_LABELS: Record<ThemeName, string> = { light: "Light", dark: "Dark", hc: "High contrast" };
const SIMULATED_FAILURES: Array<[FailurePoint, string]> = [
  ["body", "Body can't be read"],
  ["insert", "Insert at cursor fails"],
  ["settings", "Settings can't be saved"],
];

const useStyles = makeStyles({
  page: {
    display: "flex",
    flexDirection: "column",
    height: "100vh",
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground1,
    "@media (max-width: 900px)": { height: "auto", minHeight: "100vh" },
  },
  banner: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "baseline",
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  hint: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
  // Compose window and pane scroll separately, as in Outlook; stacked on narrow screens.
  workspace: { flexGrow: 1, display: "flex", alignItems: "stretch", minHeight: 0, "@media (max-width: 900px)": { flexDirection: "column" } },
  compose: {
    flexGrow: 1,
    minWidth: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalL,
    overflowY: "auto",
  },
  toolbar: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  settings: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(170px, 1fr))",
    gap: tokens.spacingHorizontalM,
    alignItems: "end",
    "& > *": { minWidth: 0 },
    "& select": { width: "100%", textOverflow: "ellipsis" },
  },
  sendResult: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, minHeight: tokens.lineHeightBase300 },
  success: { color: tokens.colorStatusSuccessForeground1 },
  neutral: { color: tokens.colorNeutralForeground2 },
  warning: { color: tokens.colorStatusWarningForeground3 },
  message: {
    display: "flex",
    flexDirection: "column",
    flexGrow: 1,
    flexShrink: 0,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    overflow: "hidden",
  },
  headerRow: {
    display: "grid",
    gridTemplateColumns: "72px 1fr",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  headerLabel: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  editorFrame: {
    flexGrow: 1,
    display: "flex",
    minHeight: "360px",
    "& > [data-testid='body-editor']": {
      flexGrow: 1,
      boxSizing: "border-box",
      width: "100%",
      minHeight: "360px",
      margin: 0,
      padding: tokens.spacingHorizontalM,
      border: "none",
      outline: "none",
      resize: "vertical",
      overflowY: "auto",
      backgroundColor: tokens.colorNeutralBackground1,
      color: tokens.colorNeutralForeground1,
      fontFamily: tokens.fontFamilyBase,
      fontSize: tokens.fontSizeBase300,
      lineHeight: tokens.lineHeightBase300,
    },
    "& > [data-testid='body-editor']:focus-visible": { boxShadow: `inset 0 0 0 2px ${tokens.colorStrokeFocus2}` },
    "& hr": { border: "none", borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}` },
  },
  failures: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalM,
    alignItems: "center",
    margin: 0,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
  },
  pane: {
    flexShrink: 0,
    width: "360px",
    maxWidth: "100%",
    boxSizing: "border-box",
    borderLeft: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground2,
    overflowY: "auto",
    "@media (max-width: 900px)": { width: "100%", borderLeft: "none", borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}` },
  },
});

/** Shows an example in the editor's current format. */
function loadExample(host: EditorHost, id: ExampleId): string {
  const example = findExample(id);
  if (host.getType() === "html") {
    host.load(example.html, "html");
  } else {
    const scratch = document.createElement("div");
    scratch.innerHTML = example.html;
    host.load(htmlToText(scratch), "text");
  }
  return example.subject;
}

function sendResultText(outcome: SendOutcome): { text: string; tone: "success" | "warning" } {
  if (outcome.failure) return { text: `Sent ✓ (no dialog) — the check could not run: ${outcome.failure.message}`, tone: "warning" };
  return { text: "Sent ✓ (no dialog)", tone: "success" };
}

export function PreviewApp({ host, mailbox, item, settings, subject, initialTheme, initialExample, loadSend, pollMs, analyzeFn, policy }: PreviewAppProps): React.ReactElement {
  const styles = useStyles();
  const [theme, setTheme] = React.useState<ThemeName>(initialTheme);
  const [exampleId, setExampleId] = React.useState<ExampleId>(initialExample);
  const [mode, setMode] = React.useState(host.getType());
  const [paneOpen, setPaneOpen] = React.useState(true);
  const [paneKey, setPaneKey] = React.useState(0);
  const [send, setSend] = React.useState<SendFn | null>(null);
  const [mailboxVersion, setMailboxVersion] = React.useState<MailboxVersion>("1.15");
  const [sendStatus, setSendStatus] = React.useState<SendStatus>({ kind: "idle" });
  const [dialog, setDialog] = React.useState<SendDialogModel | null>(null);
  const [failures, setFailures] = React.useState<FailurePoint[]>(() => [...mailbox.failures]);
  const subjectValue = React.useSyncExternalStore(subject.subscribe, subject.get);
  const editorRef = React.useRef<HTMLDivElement>(null);
  const focusPaneOnOpen = React.useRef(false);

  React.useEffect(() => {
    if (editorRef.current) host.mount(editorRef.current);
  }, [host]);

  React.useEffect(() => host.onChange(() => setMode(host.getType())), [host]);

  React.useEffect(() => {
    let live = true;
    void loadSend?.().then((fn) => {
      if (live && fn) setSend(() => fn);
    });
    return () => {
      live = false;
    };
  }, [loadSend]);

  // "Fix release" opens the pane and moves focus into it — the one time the pane takes focus.
  React.useEffect(() => {
    if (!paneOpen || !focusPaneOnOpen.current) return;
    focusPaneOnOpen.current = false;
    document.querySelector<HTMLElement>("[data-testid='taskpane-title']")?.focus();
  }, [paneOpen, paneKey]);

  const chooseExample = (id: ExampleId): void => {
    setExampleId(id);
    mailbox.clearCustomProperties(); // another email: no kind chosen for it yet
    subject.set(loadExample(host, id));
    setSendStatus({ kind: "idle" });
    setPaneKey((k) => k + 1); // a new email: the pane starts fresh, as when Outlook opens another draft
  };

  const chooseMode = (next: "html" | "text"): void => {
    host.setMode(next);
    setMode(next);
  };

  const toggleFailure = (point: FailurePoint, on: boolean): void => {
    if (on) mailbox.failures.add(point);
    else mailbox.failures.delete(point);
    setFailures([...mailbox.failures]);
  };

  const doSend = async (): Promise<void> => {
    if (!send) return;
    setSendStatus({ kind: "checking" });
    try {
      const outcome = await send(mailbox.item, { mailboxVersion, settings, policy: policy && policy.status === "loaded" ? policy.policy : undefined });
      if (outcome.allowed || !outcome.dialog) {
        const { text, tone } = sendResultText(outcome);
        setSendStatus({ kind: "done", text, tone });
      } else {
        setSendStatus({ kind: "idle" });
        setDialog(outcome.dialog);
      }
    } catch (error) {
      setSendStatus({ kind: "done", text: `The send simulation failed: ${error instanceof Error ? error.message : String(error)}`, tone: "warning" });
    }
  };

  const fixRelease = (): void => {
    setDialog(null);
    setSendStatus({ kind: "done", text: "Not sent — the task pane is open to fix the release.", tone: "neutral" });
    focusPaneOnOpen.current = true;
    setPaneOpen(true);
    setPaneKey((k) => k + 1);
  };

  return (
    <ThemedRoot theme={theme}>
      <div className={styles.page} data-testid="preview" data-theme={theme}>
        <header className={styles.banner}>
          <h1 className={styles.title}>Release Guard preview</h1>
          <p className={styles.hint}>A simulated Outlook compose window with the real task pane. Edit the email and watch the checklist follow.</p>
        </header>
        <div className={styles.workspace}>
          <main className={styles.compose} aria-label="Simulated compose window">
            <div className={styles.toolbar} role="toolbar" aria-label="Compose toolbar">
              {send && (
                <Button appearance="primary" icon={<Send20Regular />} onClick={() => void doSend()} disabled={sendStatus.kind === "checking"} data-testid="send-button">
                  Send
                </Button>
              )}
              <ToggleButton icon={<PanelRight20Regular />} checked={paneOpen} onClick={() => setPaneOpen((open) => !open)} data-testid="pane-toggle">
                Release Guard
              </ToggleButton>
            </div>
            <div className={styles.settings} role="group" aria-label="Preview settings">
              <Field label="Example email" size="small">
                <Select size="small" value={exampleId} onChange={(_e, data) => chooseExample(findExample(data.value).id)} data-testid="example-picker">
                  {EXAMPLES.map((e) => (
                    <option key={e.id} value={e.id}>
                      {e.label}
                    </option>
                  ))}
                </Select>
              </Field>
              <Field label="Body format" size="small">
                <Select size="small" value={mode} onChange={(_e, data) => chooseMode(data.value === "text" ? "text" : "html")} data-testid="mode-switch">
                  <option value="html">HTML</option>
                  <option value="text">Plain text</option>
                </Select>
              </Field>
              <Field label="Theme" size="small">
                <Select size="small" value={theme} onChange={(_e, data) => setTheme(data.value as ThemeName)} data-testid="theme-switch">
                  {(Object.keys(THEME_LABELS) as ThemeName[]).map((name) => (
                    <option key={name} value={name}>
                      {THEME_LABELS[name]}
                    </option>
                  ))}
                </Select>
              </Field>
              {send && (
                <Field label="Outlook client" size="small">
                  <Select size="small" value={mailboxVersion} onChange={(_e, data) => setMailboxVersion(data.value as MailboxVersion)} data-testid="mailbox-version">
                    {MAILBOX_VERSIONS.map((v) => (
                      <option key={v} value={v}>
                        Mailbox {v}
                      </option>
                    ))}
                  </Select>
                </Field>
              )}
            </div>
            <p
              className={mergeClasses(styles.sendResult, sendStatus.kind === "done" ? styles[sendStatus.tone] : styles.neutral)}
              role="status"
              data-testid="send-result"
            >
              {sendStatus.kind === "checking" ? "Checking before send…" : sendStatus.kind === "done" ? sendStatus.text : ""}
            </p>
            <section className={styles.message} aria-label="Message">
              <div className={styles.headerRow}>
                <span className={styles.headerLabel}>To</span>
                <span data-testid="to-field">Marco Bellini &lt;marco@jcprintfarm.example&gt;</span>
              </div>
              <div className={styles.headerRow}>
                <label className={styles.headerLabel} htmlFor="rg-subject">
                  Subject
                </label>
                <Input id="rg-subject" appearance="underline" value={subjectValue} onChange={(_e, data) => subject.set(data.value)} data-testid="subject-input" />
              </div>
              <NotificationBar mailbox={mailbox} />
              <div className={styles.editorFrame} ref={editorRef} data-testid="editor-frame" />
            </section>
            <fieldset className={styles.failures} data-testid="failure-switches">
              <legend>Simulate Outlook failures</legend>
              {SIMULATED_FAILURES.map(([point, label]) => (
                <Checkbox key={point} label={label} checked={failures.includes(point)} onChange={(_e, data) => toggleFailure(point, data.checked === true)} data-testid={`fail-${point}`} />
              ))}
            </fieldset>
          </main>
          {paneOpen && (
            <aside className={styles.pane} aria-label="Release Guard task pane" data-testid="taskpane-frame">
              <App key={paneKey} item={item} settings={settings} theme={theme} pollMs={pollMs} analyzeFn={analyzeFn} policy={policy} />
            </aside>
          )}
        </div>
        <SendDialog
          dialog={dialog}
          onFix={fixRelease}
          onSendAnyway={() => {
            setDialog(null);
            setSendStatus({ kind: "done", text: "Sent anyway ✓", tone: "warning" });
          }}
          onDontSend={() => {
            setDialog(null);
            setSendStatus({ kind: "done", text: "Not sent — keep editing.", tone: "neutral" });
          }}
        />
      </div>
    </ThemedRoot>
  );
}
