/**
 * Hand-made Reports and fakes for the send-time tests. The Reports follow design/report-format.md
 * exactly, so the expected dialog text can be written out by hand.
 */
import type { Detail, DetailKey, Finding, Report } from "../../src/checker/types";
import type { TimerHandle } from "../../src/launchevent/handler";

export const present = (message: string, text = "", start = 0): Detail => ({
  status: "present",
  evidence: text ? [{ range: [start, start + text.length], text }] : [],
  message,
  required: true,
});
export const missing = (message: string): Detail => ({ status: "missing", evidence: [], message, required: true });
export const vagueDetail = (message: string, text: string, start: number): Detail => ({
  status: "vague",
  evidence: [{ range: [start, start + text.length], text }],
  message,
  required: true,
});

export function makeReport(
  body: string,
  parts: Omit<Partial<Report>, "details"> & { details?: Partial<Record<DetailKey, Detail>> },
): Report {
  const details: Record<DetailKey, Detail> = {
    lot: present("Lot named with its quantity"),
    balance: present("Balance on hold"),
    trigger: present("Trigger for the next lot named"),
    revisionMaterial: present("Revision and material named"),
    approver: present("Approver for the next lot named"),
    ...parts.details,
  };
  const report: Report = {
    kind: parts.kind ?? "first-lot",
    verdict: parts.verdict ?? "clean",
    details,
    findings: parts.findings ?? [],
    quantities: parts.quantities ?? { released: null, onHold: null, total: null, unit: null },
  };
  for (const f of report.findings) {
    if (body.slice(f.range[0], f.range[1]) !== f.text) throw new Error(`fixture range does not match: ${f.text}`);
  }
  return report;
}

export function finding(body: string, text: string, message: string, extra: Partial<Finding> = {}): Finding {
  const start = body.indexOf(text);
  if (start < 0) throw new Error(`fixture text not in body: ${text}`);
  return {
    ruleId: "vague-release",
    messageId: "vagueQuantity",
    severity: "error",
    message,
    range: [start, start + text.length],
    text,
    ...extra,
  };
}

// ---------------------------------------------------------------------------------------------
// Bodies

export const VAGUE_BODY = [
  "Hi Sam,",
  "",
  "Thanks for the quick turnaround on the samples. Go ahead with the first batch and",
  "we will tell you later about the rest.",
  "",
  "Best regards,",
  "Dana Ortiz",
  "Purchasing | Northwind Robotics",
].join("\n");

export const VAGUE_REPORT: Report = makeReport(VAGUE_BODY, {
  verdict: "vague",
  details: {
    lot: vagueDetail("Lot quantity not stated", "the first batch", VAGUE_BODY.indexOf("the first batch")),
    balance: missing("Say that the rest of the order stays on hold"),
    trigger: vagueDetail("Name the event that opens the next lot", "later", VAGUE_BODY.indexOf("later")),
    revisionMaterial: missing("Name the file revision and the material"),
    approver: missing("Name who approves lot 2"),
  },
  findings: [
    finding(VAGUE_BODY, "Go ahead with the first batch", "does not say how many units"),
    finding(VAGUE_BODY, "we will tell you later", "Name the event that opens the next lot", { messageId: "vagueTrigger" }),
  ],
});

/** The seed article's strong example: four of five details, the approver only "we". */
export const SEED_BODY = [
  "Hi team,",
  "",
  "- approve lot 1 for 25 units from revision C7 in black PETG",
  "- do not start the remaining 125 units yet",
  "- keep the balance on hold pending install feedback from the first lot",
  "- we will issue a separate release for lot 2 after that review",
  "",
  "Thanks,",
  "Priya",
].join("\n");

export const INCOMPLETE_REPORT: Report = makeReport(SEED_BODY, {
  verdict: "incomplete",
  details: {
    lot: present("Lot 1: 25 units", "lot 1 for 25 units", SEED_BODY.indexOf("lot 1 for 25 units")),
    balance: present("Remaining 125 units on hold", "do not start the remaining 125 units", SEED_BODY.indexOf("do not start")),
    trigger: present("Next lot after install feedback", "install feedback from the first lot", SEED_BODY.indexOf("install feedback")),
    revisionMaterial: present("Revision C7, black PETG", "revision C7 in black PETG", SEED_BODY.indexOf("revision C7")),
    approver: missing("Name who approves lot 2"),
  },
  findings: [
    finding(SEED_BODY, "we", "does not name who approves lot 2", {
      ruleId: "approver-unnamed",
      messageId: "weIsNotAnApprover",
      severity: "warning",
      range: [SEED_BODY.indexOf("we will issue"), SEED_BODY.indexOf("we will issue") + 2],
    }),
  ],
  quantities: { released: 25, onHold: 125, total: 150, unit: "units" },
});

export const CLEAN_BODY = [
  "Hello Sam,",
  "",
  "Release LOT-2024-117: 25 units of PO 4512 (150 total), revision C7, black PETG.",
  "Do not start the remaining 125 units. Lot 2 starts only after install feedback from lot 1.",
  "Dana Ortiz (purchasing) approves lot 2.",
  "",
  "Regards,",
  "Dana",
].join("\n");

export const CLEAN_REPORT: Report = makeReport(CLEAN_BODY, { verdict: "clean" });

export const SHIPPING_BODY = "Hi Sam,\n\nCould you confirm which carrier you use for the bracket order, and the tracking number once it ships?\n\nThanks,\nDana";

export const NOT_A_RELEASE_REPORT: Report = makeReport(SHIPPING_BODY, {
  kind: "not-a-release",
  verdict: "not-a-release",
  details: {
    lot: missing("Name the lot and its quantity"),
    balance: missing("Say that the rest of the order stays on hold"),
    trigger: missing("Name the event that opens the next lot"),
    revisionMaterial: missing("Name the file revision and the material"),
    approver: missing("Name who approves lot 2"),
  },
});

// ---------------------------------------------------------------------------------------------
// A manual clock: setTimer/clearTimer for handleSend, advanced by hand. No real time passes.

export class ManualClock {
  now = 0;
  private next = 1;
  private timers = new Map<number, { at: number; fn: () => void }>();
  setTimer = (fn: () => void, ms: number): TimerHandle => {
    const id = this.next++;
    this.timers.set(id, { at: this.now + ms, fn });
    return id;
  };
  clearTimer = (handle: TimerHandle): void => {
    this.timers.delete(handle as number);
  };
  get pending(): number {
    return this.timers.size;
  }
  /** Moves time forward, firing due timers in order, letting promise callbacks run in between. */
  async advance(ms: number): Promise<void> {
    const target = this.now + ms;
    for (;;) {
      await flush();
      let dueId: number | undefined;
      let dueAt = Infinity;
      for (const [id, t] of this.timers) if (t.at <= target && t.at < dueAt) (dueId = id), (dueAt = t.at);
      if (dueId === undefined) break;
      const t = this.timers.get(dueId)!;
      this.timers.delete(dueId);
      this.now = t.at;
      t.fn();
    }
    this.now = target;
    await flush();
  }
}

/** Lets every already-queued promise callback run. */
export async function flush(): Promise<void> {
  for (let i = 0; i < 20; i++) await Promise.resolve();
}

export interface Deferred<T> {
  promise: Promise<T>;
  resolve(value: T): void;
  reject(err: unknown): void;
}
export function deferred<T>(): Deferred<T> {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}
