/**
 * The task pane: a live check of the release being written, the kind of release (which the buyer
 * can correct), the five details, the wording the shop could misread, the quantities understood,
 * and the guided builder, under the organisation's policy when one is deployed. Everything that
 * touches Office arrives as props (item, settings), so the pane renders the same in Outlook, in the
 * preview page and in tests.
 */
import * as React from "react";
import { Button, makeStyles, Spinner, tokens } from "@fluentui/react-components";
import { ArrowClockwise20Regular } from "@fluentui/react-icons";
import type { AnalyzeOptions, ReleaseKind } from "../checker/types";
import type { ComposeItem, SettingsStore } from "../office/types";
import type { PolicyLoadResult } from "../policy/load-browser";
import { Builder } from "./builder/Builder";
import { DetailChecklist } from "./components/DetailChecklist";
import { FindingsList } from "./components/FindingsList";
import { KindPicker } from "./components/KindPicker";
import { PolicyNotice } from "./components/PolicyNotice";
import { QuantitiesSummary } from "./components/QuantitiesSummary";
import { SendFailureNotice } from "./components/SendFailureNotice";
import { StateMessage } from "./components/StateMessage";
import { VerdictAnnouncer } from "./components/VerdictAnnouncer";
import { VerdictBanner } from "./components/VerdictBanner";
import { DETAIL_LABELS } from "./labels";
import type { ThemeName } from "./theme";
import { useBodyPolling, type AnalyzeFn, type BodyCheckState } from "./useBodyPolling";
import { useKindCorrection, type KindCorrection } from "./useKindCorrection";

export interface AppProps {
  /** The message being composed; null when Office.js or a compose item is not available. */
  item: ComposeItem | null;
  settings: SettingsStore | null;
  /** The theme the FluentProvider around the pane uses (set on the root for tests and styling). */
  theme: ThemeName;
  /** The checker; defaults to src/checker's analyze. */
  analyzeFn?: AnalyzeFn;
  /** How often the body is re-read while the pane is visible. */
  pollMs?: number;
  /** Why there is no item (shown in the "open it from Outlook" state). */
  unavailableReason?: string;
  /**
   * The organisation's policy as the composition root loaded it (loadPolicyFromOrigin). "loaded"
   * applies it; "error" keeps the built-in rules and says why; "none" or undefined: built-in rules.
   */
  policy?: PolicyLoadResult;
  /** How long the first check waits for the kind remembered with the message. */
  kindReadWaitMs?: number;
}

const useStyles = makeStyles({
  root: {
    boxSizing: "border-box",
    minHeight: "100%",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalL,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM} ${tokens.spacingVerticalXXL}`,
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
  },
  header: { display: "flex", alignItems: "center", justifyContent: "space-between", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  appName: { margin: 0, fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500, fontWeight: tokens.fontWeightSemibold },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  sectionTitle: {
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground2,
    textTransform: "uppercase",
    letterSpacing: "0.04em",
  },
  hintList: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
  reason: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  loading: { alignSelf: "flex-start" },
});

/** What the checker gets: the buyer's kind and the loaded policy; undefined when neither applies. */
function useAnalyzeOptions(kind: ReleaseKind | undefined, policy: PolicyLoadResult | undefined): AnalyzeOptions | undefined {
  const loaded = policy && policy.status === "loaded" ? policy.policy : undefined;
  return React.useMemo(() => {
    if (kind === undefined && loaded === undefined) return undefined;
    const options: AnalyzeOptions = {};
    if (kind !== undefined) options.kind = kind;
    if (loaded !== undefined) options.policy = loaded;
    return options;
  }, [kind, loaded]);
}

/** The Check again button's icon: a spinner while a requested check runs. */
function CheckIcon({ checking }: { checking: boolean }): React.ReactElement {
  return checking ? <Spinner size="extra-tiny" aria-hidden="true" /> : <ArrowClockwise20Regular aria-hidden="true" />;
}

function ReportView({ state, correction }: { state: BodyCheckState; correction: KindCorrection }): React.ReactElement | null {
  const styles = useStyles();
  const report = state.report;
  if (!report) return null;
  const picker = (
    <KindPicker
      detected={state.detectedKind ?? report.kind}
      chosen={correction.kind}
      onChange={correction.choose}
      saveError={correction.saveError}
    />
  );
  if (report.verdict === "not-a-release") {
    return (
      <div className={styles.section} data-testid="state-not-a-release">
        <VerdictBanner report={report} />
        {picker}
      </div>
    );
  }
  return (
    <>
      <VerdictBanner report={report} />
      {picker}
      <section className={styles.section} aria-labelledby="rg-details-title">
        <h2 id="rg-details-title" className={styles.sectionTitle}>
          Release details
        </h2>
        <DetailChecklist details={report.details} />
      </section>
      {report.findings.length > 0 && (
        <section className={styles.section} aria-labelledby="rg-findings-title">
          <h2 id="rg-findings-title" className={styles.sectionTitle}>
            Wording the shop could misread
          </h2>
          <FindingsList findings={report.findings} />
        </section>
      )}
      <section className={styles.section} aria-labelledby="rg-quantities-title">
        <h2 id="rg-quantities-title" className={styles.sectionTitle}>
          Quantities understood
        </h2>
        <QuantitiesSummary quantities={report.quantities} />
      </section>
    </>
  );
}

function CheckContent({ state, onRetry, correction }: { state: BodyCheckState; onRetry: () => void; correction: KindCorrection }): React.ReactElement {
  const styles = useStyles();
  switch (state.status) {
    case "loading":
      return <Spinner className={styles.loading} size="tiny" label="Reading your message…" data-testid="state-loading" />;
    case "empty":
      return (
        <StateMessage state="empty" title="Start writing your release…">
          <p>Release Guard checks your email as you type. A clear first-lot release names:</p>
          <ul className={styles.hintList}>
            {Object.values(DETAIL_LABELS).map((label) => (
              <li key={label}>{label.toLowerCase()}</li>
            ))}
          </ul>
        </StateMessage>
      );
    case "error":
      return (
        <>
          <StateMessage
            state="unreadable"
            tone="danger"
            title={state.report ? "Couldn't read your message — showing the last check" : "Couldn't read your message"}
            actionLabel="Retry"
            onAction={onRetry}
            actionTestId="retry-button"
          >
            <p data-testid="unreadable-reason">{state.error}</p>
            <p>Your email is untouched. Retry, or keep writing and Release Guard will try again.</p>
          </StateMessage>
          <ReportView state={state} correction={correction} />
        </>
      );
    default:
      return <ReportView state={state} correction={correction} />;
  }
}

/**
 * @example
 * <FluentProvider theme={webLightTheme}><App item={item} settings={settings} theme="light" /></FluentProvider>
 */
export function App({ item, settings, theme, analyzeFn, pollMs = 1500, unavailableReason, policy, kindReadWaitMs }: AppProps): React.ReactElement {
  const styles = useStyles();
  const correction = useKindCorrection(item, kindReadWaitMs);
  const analyzeOptions = useAnalyzeOptions(correction.kind, policy);
  // The first check waits (briefly) for the kind remembered with this message, so it does not flip.
  const { state, checkNow } = useBodyPolling(correction.ready ? item : null, pollMs, { analyze: analyzeFn, analyzeOptions });
  const report = state.report;

  if (!item) {
    return (
      <main className={styles.root} data-testid="taskpane" data-theme={theme} aria-label="Release Guard">
        <header className={styles.header}>
          <h1 className={styles.appName}>Release Guard</h1>
        </header>
        <StateMessage state="unavailable" title="Open Release Guard from Outlook">
          <p>
            Release Guard checks the email you are writing, so it runs in Outlook&apos;s compose window: start a new message or a
            reply, then choose <strong>Release Guard</strong> on the ribbon.
          </p>
          <p>No Outlook at hand? The preview page (preview.html) runs this same pane next to a simulated email.</p>
          {unavailableReason && (
            <p className={styles.reason} data-testid="unavailable-reason">
              {unavailableReason}
            </p>
          )}
        </StateMessage>
      </main>
    );
  }

  return (
    <main className={styles.root} data-testid="taskpane" data-theme={theme} data-status={state.status} aria-label="Release Guard">
      <header className={styles.header}>
        <h1 className={styles.appName} tabIndex={-1} data-testid="taskpane-title">
          Release Guard
        </h1>
        <Button
          appearance="secondary"
          size="small"
          icon={<CheckIcon checking={state.checking} />}
          onClick={checkNow}
          data-testid="check-again"
        >
          Check again
        </Button>
      </header>
      <PolicyNotice policy={policy} />
      <VerdictAnnouncer verdict={report?.verdict ?? null} kind={report?.kind ?? null} />
      <SendFailureNotice settings={settings} />
      <CheckContent state={state} onRetry={checkNow} correction={correction} />
      {state.status !== "loading" && (
        <section className={styles.section} aria-labelledby="rg-builder-title" data-testid="builder-section">
          <h2 id="rg-builder-title" className={styles.sectionTitle}>
            Build approval block
          </h2>
          <Builder report={report} bodyText={state.text} item={item} settings={settings} onInserted={checkNow} kind={correction.kind ?? report?.kind ?? null} />
        </section>
      )}
    </main>
  );
}
