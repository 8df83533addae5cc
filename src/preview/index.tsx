/**
 * The preview page's composition root: an editor for the simulated body, the fake mailbox over it,
 * the real src/office adapter over the fake, and the page. URL parameters:
 *   ?example=vague|clean|shipping   the email to start from (default vague)
 *   ?mode=html|text                 the body format (default html)
 *   ?theme=light|dark|hc            force a theme (default: high contrast if the OS asks, else light)
 *   ?fail=body,insert,settings,…    make those Office calls fail (see fakeMailbox.ts)
 *   ?latency=300                    delay every Office callback (ms)
 *   ?poll=1500                      the pane's re-check interval (ms)
 *   ?policy=example|broken          the organisation policy (default: config/policy.json beside the
 *                                   page, normally absent → built-in rules; see policySource.ts)
 */
import * as React from "react";
import { createRoot } from "react-dom/client";
import { createComposeItem, createSettingsStore } from "../office/compose";
import { chooseThemeName, forcedColorsActive } from "../taskpane/theme";
import { createEditorHost } from "./editorHost";
import { findExample } from "./examples";
import { createFakeMailbox, parseFailures, type FailurePoint, type FakeMailbox } from "./fakeMailbox";
import { htmlToText } from "./htmlText";
import { loadPreviewPolicy, parsePolicyChoice } from "./policySource";
import { PreviewApp } from "./PreviewApp";
import { loadSend, type MailboxVersion, type SendOutcome } from "./sendAdapter";
import { createSubjectModel } from "./subjectModel";

/** A handle for browser tests and curious developers: `window.releaseGuardPreview`. */
export interface PreviewHandle {
  mailbox: FakeMailbox;
  /** The body as the add-in reads it. */
  bodyText(): string;
  bodyHtml(): string;
  setFailures(points: FailurePoint[]): void;
  /** Runs the send simulation without the dialog; null when it is not available. */
  send(mailboxVersion?: MailboxVersion): Promise<SendOutcome | null>;
}

declare global {
  interface Window {
    releaseGuardPreview?: PreviewHandle;
  }
}

function safeLocalStorage(): Storage | null {
  try {
    const storage = window.localStorage;
    storage.getItem("releaseGuard.probe");
    return storage;
  } catch {
    return null; // file:// in some browsers, or storage disabled
  }
}

function positiveNumber(value: string | null): number | undefined {
  const n = Number(value);
  return value !== null && Number.isFinite(n) && n >= 0 ? n : undefined;
}

async function main(): Promise<void> {
  const container = document.getElementById("root");
  if (!container) return;
  const params = new URLSearchParams(window.location.search);
  // Loaded before the pane's first check, as the task pane's composition root does.
  const policy = await loadPreviewPolicy(parsePolicyChoice(params.get("policy")));
  const example = findExample(params.get("example"));

  const host = createEditorHost(document);
  if (params.get("mode") === "text") {
    const scratch = document.createElement("div");
    scratch.innerHTML = example.html;
    host.load(htmlToText(scratch), "text");
  } else {
    host.load(example.html, "html");
  }
  const subject = createSubjectModel(example.subject);
  const mailbox = createFakeMailbox({
    body: host,
    getSubject: subject.get,
    setSubject: subject.set,
    storage: safeLocalStorage(),
    failures: parseFailures(params.get("fail")),
    latencyMs: positiveNumber(params.get("latency")) ?? 0,
  });
  const item = createComposeItem(mailbox.item);
  const settings = createSettingsStore(mailbox.roamingSettings);
  const theme = chooseThemeName({ override: params.get("theme"), forcedColors: forcedColorsActive(), officeTheme: null });

  window.releaseGuardPreview = {
    mailbox,
    bodyText: () => host.getText(),
    bodyHtml: () => host.getHtml(),
    setFailures(points: FailurePoint[]): void {
      mailbox.failures.clear();
      points.forEach((p) => mailbox.failures.add(p));
    },
    async send(mailboxVersion: MailboxVersion = "1.15"): Promise<SendOutcome | null> {
      const send = await loadSend();
      return send ? send(mailbox.item, { mailboxVersion, settings, policy: policy.status === "loaded" ? policy.policy : undefined }) : null;
    },
  };

  createRoot(container).render(
    <PreviewApp
      host={host}
      mailbox={mailbox}
      item={item}
      settings={settings}
      subject={subject}
      initialTheme={theme}
      initialExample={example.id}
      loadSend={loadSend}
      pollMs={positiveNumber(params.get("poll")) || undefined}
      policy={policy}
    />,
  );
}

void main();
