/** Hand-made reports and a scriptable compose item for the task pane tests. */
import * as React from "react";
import { render, type RenderResult } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { Detail, DetailKey, Report } from "../../src/checker/types";
import type { BodyType, ComposeItem } from "../../src/office/types";

export const VAGUE_BODY = [
  "Hi Marco,",
  "",
  "Samples look great. Go ahead with the first batch.",
  "",
  "Thanks,",
  "Dana Ortiz",
  "Purchasing | Acme Robotics",
  "",
  "From: Marco Bellini <marco@jcprintfarm.example>",
  "Sent: Tuesday, March 4, 2025 9:12 AM",
  "To: Dana Ortiz <dana.ortiz@acmerobotics.example>",
  "Subject: RE: PO 4512 - sensor bracket samples",
  "",
  "Hi Dana, the three samples (rev C7, black PETG) shipped yesterday. How many should we run first?",
].join("\n");

const phrase = "Go ahead with the first batch.";
const phraseStart = VAGUE_BODY.indexOf("Go ahead with the first batch");

function detail(status: Detail["status"], message: string, evidence: Detail["evidence"] = []): Detail {
  return { status, message, evidence, required: true };
}

/** What the checker should say about VAGUE_BODY (a fixture, not the checker's output). */
export function vagueReport(): Report {
  return {
    kind: "first-lot",
    verdict: "vague",
    details: {
      lot: detail("vague", "“the first batch” does not say how many units", [
        { range: [phraseStart + 9, phraseStart + 29], text: "the first batch" },
      ]),
      balance: detail("missing", "Say that the remaining units stay on hold"),
      trigger: detail("missing", "Name what opens the next release"),
      revisionMaterial: detail("missing", "Name the file revision and the material"),
      approver: detail("missing", "Name who approves lot 2"),
    },
    findings: [
      {
        ruleId: "vague-release",
        messageId: "vague",
        severity: "error",
        message: "The shop has to guess how many units “the first batch” is.",
        range: [phraseStart, phraseStart + phrase.length - 1],
        text: "Go ahead with the first batch",
        suggestions: [{ message: "Name the quantity", replacement: "approve lot 1 for 25 units" }],
      },
    ],
    quantities: { released: null, onHold: null, total: null, unit: null },
  };
}

export function incompleteReport(): Report {
  return {
    kind: "first-lot",
    verdict: "incomplete",
    details: {
      lot: detail("present", "Lot 1: 25 units", [{ range: [10, 35], text: "lot 1 for 25 units" }]),
      balance: detail("present", "125 units stay on hold", [{ range: [40, 70], text: "do not start the remaining 125 units" }]),
      trigger: detail("present", "Next release after install feedback", [{ range: [80, 100], text: "pending install feedback" }]),
      revisionMaterial: detail("present", "Revision C7, black PETG", [{ range: [20, 45], text: "revision C7 in black PETG" }]),
      approver: detail("missing", "Name who approves lot 2"),
    },
    findings: [],
    quantities: { released: 25, onHold: 125, total: 150, unit: "units" },
  };
}

export function cleanReport(): Report {
  const r = incompleteReport();
  r.verdict = "clean";
  r.details.approver = detail("present", "Dana Ortiz approves lot 2", [{ range: [120, 150], text: "Dana Ortiz (purchasing) will approve lot 2" }]);
  return r;
}

export function notReleaseReport(): Report {
  const missing = (key: DetailKey): Detail => ({ ...detail("missing", ""), required: false, message: `${key} not needed` });
  return {
    kind: "not-a-release",
    verdict: "not-a-release",
    details: { lot: missing("lot"), balance: missing("balance"), trigger: missing("trigger"), revisionMaterial: missing("revisionMaterial"), approver: missing("approver") },
    findings: [],
    quantities: { released: null, onHold: null, total: null, unit: null },
  };
}

/** A compose item whose body the test sets; reads can be made to fail or to wait. */
export class ScriptedItem implements ComposeItem {
  text: string;
  type: BodyType = "html";
  reads = 0;
  /** When set, the next reads reject with it. */
  failWith: Error | null = null;
  /** When true, reads wait until release() is called. */
  hold = false;
  private waiting: Array<() => void> = [];
  inserted: Array<{ content: string; type: BodyType }> = [];
  /** This add-in's custom properties saved with the message. */
  customProperties = new Map<string, string>();
  /** When set, reading the custom properties rejects with it. */
  failCustomRead: Error | null = null;
  /** When set, saving a custom property rejects with it. */
  failCustomSave: Error | null = null;
  /** Every custom-property write, in order: [name, value]. */
  customWrites: Array<[string, string | null]> = [];

  constructor(text: string, customProperties: Record<string, string> = {}) {
    this.text = text;
    Object.entries(customProperties).forEach(([name, value]) => this.customProperties.set(name, value));
  }

  release(): void {
    const waiting = this.waiting;
    this.waiting = [];
    waiting.forEach((resolve) => resolve());
  }

  get pendingReads(): number {
    return this.waiting.length;
  }

  async getBodyText(): Promise<string> {
    this.reads += 1;
    if (this.hold) await new Promise<void>((resolve) => this.waiting.push(resolve));
    if (this.failWith) throw this.failWith;
    return this.text;
  }
  async getBodyHtml(): Promise<string> {
    return `<div>${this.text}</div>`;
  }
  async getBodyType(): Promise<BodyType> {
    return this.type;
  }
  async getSubject(): Promise<string> {
    return "RE: PO 4512 - sensor bracket samples";
  }
  async insertAtCursor(content: string, type: BodyType): Promise<void> {
    this.inserted.push({ content, type });
  }
  async replaceBody(content: string): Promise<void> {
    this.text = content;
  }
  async showNotification(): Promise<void> {}
  async clearNotification(): Promise<void> {}
  async getCustomProperty(name: string): Promise<string | undefined> {
    if (this.failCustomRead) throw this.failCustomRead;
    return this.customProperties.get(name);
  }
  async setCustomProperty(name: string, value: string | null): Promise<void> {
    this.customWrites.push([name, value]);
    if (this.failCustomSave) throw this.failCustomSave;
    if (value === null) this.customProperties.delete(name);
    else this.customProperties.set(name, value);
  }
}

export function renderInFluent(ui: React.ReactElement): RenderResult {
  return render(<FluentProvider theme={webLightTheme}>{ui}</FluentProvider>);
}
