/** @jest-environment jsdom */
/**
 * The kind picker (the buyer corrects the kind Release Guard recognised; the correction is checked
 * at once and remembered with the message) and the organisation's policy in the pane.
 */
import * as React from "react";
import { act, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/App";
import { KIND_LABELS } from "../../src/checker";
import type { AnalyzeOptions, Policy, ReleaseKind, Report } from "../../src/checker/types";
import { POLICY_ERROR_LEAD, type PolicyLoadResult } from "../../src/policy/load-browser";
import { OfficeCallError } from "../../src/office/types";
import { incompleteReport, notReleaseReport, renderInFluent, ScriptedItem } from "./fixtures";

const SAMPLE_BODY = [
  "Hi Marco,",
  "",
  "The three sample brackets (rev C7, black PETG) passed our fit check — thank you.",
  "Please print two more samples for the customer demo. No production yet: the 200 units stay on hold",
  "until Dana Ortiz (purchasing) confirms the ship-to address.",
  "",
  "Best,",
  "Sam",
].join("\n");

/**
 * Lets the pane finish what it started: it reads the kind remembered with the message, then the
 * body, with React effects in between, so wait until it is no longer loading, then let any
 * remaining promise callbacks run.
 */
async function settle(): Promise<void> {
  await waitFor(() => {
    const pane = screen.queryByTestId("taskpane");
    if (pane && pane.getAttribute("data-status") === "loading") throw new Error("the pane is still reading the message");
  });
  await act(async () => {
    for (let i = 0; i < 10; i++) await Promise.resolve();
  });
}

/** A checker stand-in: recognises `detected`, and reports the kind it is given when one is given. */
function kindAwareAnalyze(detected: ReleaseKind) {
  return jest.fn((_text: string, options?: AnalyzeOptions): Report => {
    const kind = options?.kind ?? detected;
    const report = kind === "not-a-release" ? notReleaseReport() : incompleteReport();
    report.kind = kind;
    return report;
  });
}

const kindPickerButton = () => screen.getByRole("combobox", { name: "Release kind" });

async function chooseKind(label: string): Promise<void> {
  await userEvent.click(kindPickerButton());
  await userEvent.click(await screen.findByRole("option", { name: label }));
  await settle();
}

describe("the kind picker", () => {
  it("shows the kind Release Guard recognised, in plain words, in the banner and the picker", async () => {
    const item = new ScriptedItem(SAMPLE_BODY);
    const analyzeFn = kindAwareAnalyze("sample-only");
    renderInFluent(<App item={item} settings={null} theme="light" analyzeFn={analyzeFn} pollMs={60_000} />);
    await settle();

    expect(screen.getByTestId("verdict-kind").textContent).toBe("Sample-only approval — no production quantity released");
    expect(kindPickerButton().textContent).toBe("Detected: Sample-only approval — no production quantity released");
    expect(screen.getByTestId("kind-picker").getAttribute("data-chosen")).toBe("false");
    expect(analyzeFn.mock.calls).toEqual([[SAMPLE_BODY, undefined]]);
  });

  it("offers the detected kind and every kind by name", async () => {
    const item = new ScriptedItem(SAMPLE_BODY);
    renderInFluent(<App item={item} settings={null} theme="light" analyzeFn={kindAwareAnalyze("sample-only")} pollMs={60_000} />);
    await settle();
    await userEvent.click(kindPickerButton());
    const options = (await screen.findAllByRole("option")).map((o) => o.textContent);
    expect(options).toEqual([
      "Detected: Sample-only approval — no production quantity released",
      "First-lot release — one lot moves, the balance stays on hold",
      "Sample-only approval — no production quantity released",
      "Shipment-window release — bounded by delivery timing",
      "Full production sign-off — the hold on the balance is removed",
      "Hold — production waits for a named condition",
      "Payment-triggered release — a payment opens the next decision",
      "Pause — work already released is stopped or cut back",
      "Not a release — this email releases no production",
    ]);
  });

  it("re-checks at once with the kind the buyer chose, and saves the choice with the message", async () => {
    const item = new ScriptedItem(SAMPLE_BODY);
    const analyzeFn = kindAwareAnalyze("sample-only");
    renderInFluent(<App item={item} settings={null} theme="light" analyzeFn={analyzeFn} pollMs={60_000} />);
    await settle();
    const builderBefore = screen.getByTestId("builder-section");

    await chooseKind(KIND_LABELS.hold);

    expect(analyzeFn).toHaveBeenCalledWith(SAMPLE_BODY, { kind: "hold" });
    expect(item.customWrites).toEqual([["releaseKind", "hold"]]);
    expect(item.customProperties.get("releaseKind")).toBe("hold");
    expect(screen.getByTestId("verdict-kind").textContent).toBe("Hold — production waits for a named condition");
    expect(kindPickerButton().textContent).toBe("Hold — production waits for a named condition");
    expect(screen.getByTestId("kind-picker").getAttribute("data-chosen")).toBe("true");
    // The pane did not start over: no loading state, the builder stayed mounted.
    expect(screen.getByTestId("builder-section")).toBe(builderBefore);
    expect(screen.getByTestId("taskpane").getAttribute("data-status")).toBe("ready");
  });

  it("still names the detected kind while a correction applies", async () => {
    const item = new ScriptedItem(SAMPLE_BODY);
    renderInFluent(<App item={item} settings={null} theme="light" analyzeFn={kindAwareAnalyze("sample-only")} pollMs={60_000} />);
    await settle();
    await chooseKind(KIND_LABELS["first-lot"]);
    await userEvent.click(kindPickerButton());
    expect((await screen.findAllByRole("option"))[0]!.textContent).toBe("Detected: Sample-only approval — no production quantity released");
  });

  it("goes back to the detected kind and forgets the choice", async () => {
    const item = new ScriptedItem(SAMPLE_BODY, { releaseKind: "pause" });
    const analyzeFn = kindAwareAnalyze("sample-only");
    renderInFluent(<App item={item} settings={null} theme="light" analyzeFn={analyzeFn} pollMs={60_000} />);
    await settle();
    analyzeFn.mockClear();

    await chooseKind("Detected: Sample-only approval — no production quantity released");

    expect(analyzeFn.mock.calls).toEqual([[SAMPLE_BODY, undefined]]);
    expect(item.customWrites).toEqual([["releaseKind", null]]);
    expect(item.customProperties.has("releaseKind")).toBe(false);
    expect(screen.getByTestId("verdict-kind").textContent).toBe("Sample-only approval — no production quantity released");
  });

  it("restores the kind remembered with the message when the pane opens, before the first check", async () => {
    const item = new ScriptedItem(SAMPLE_BODY, { releaseKind: "payment-trigger" });
    const analyzeFn = kindAwareAnalyze("sample-only");
    renderInFluent(<App item={item} settings={null} theme="light" analyzeFn={analyzeFn} pollMs={60_000} />);
    await settle();

    expect(analyzeFn.mock.calls[0]).toEqual([SAMPLE_BODY, { kind: "payment-trigger" }]);
    expect(screen.getByTestId("verdict-kind").textContent).toBe("Payment-triggered release — a payment opens the next decision");
    expect(kindPickerButton().textContent).toBe("Payment-triggered release — a payment opens the next decision");
    expect(item.customWrites).toEqual([]);
  });

  it("lets the buyer say an email is a release after all", async () => {
    const item = new ScriptedItem("Hi Marco, thanks for the samples. Dana");
    const analyzeFn = kindAwareAnalyze("not-a-release");
    renderInFluent(<App item={item} settings={null} theme="light" analyzeFn={analyzeFn} pollMs={60_000} />);
    await settle();
    expect(screen.getByTestId("state-not-a-release")).toBeTruthy();
    expect(kindPickerButton().textContent).toBe("Detected: Not a release — this email releases no production");

    await chooseKind(KIND_LABELS["sample-only"]);
    expect(analyzeFn).toHaveBeenCalledWith("Hi Marco, thanks for the samples. Dana", { kind: "sample-only" });
    expect(screen.queryByTestId("state-not-a-release")).toBeNull();
    expect(screen.getByTestId("verdict-banner").getAttribute("data-kind")).toBe("sample-only");
  });

  it("ignores a stored value that is not a kind", async () => {
    const item = new ScriptedItem(SAMPLE_BODY, { releaseKind: "lot-2" });
    const analyzeFn = kindAwareAnalyze("sample-only");
    renderInFluent(<App item={item} settings={null} theme="light" analyzeFn={analyzeFn} pollMs={60_000} />);
    await settle();
    expect(analyzeFn.mock.calls[0]).toEqual([SAMPLE_BODY, undefined]);
  });

  it("checks with the detected kind when the remembered one cannot be read", async () => {
    const item = new ScriptedItem(SAMPLE_BODY, { releaseKind: "hold" });
    item.failCustomRead = new OfficeCallError("item.loadCustomPropertiesAsync", "The network is unavailable.", 5001);
    const analyzeFn = kindAwareAnalyze("sample-only");
    renderInFluent(<App item={item} settings={null} theme="light" analyzeFn={analyzeFn} pollMs={60_000} />);
    await settle();
    expect(analyzeFn.mock.calls[0]).toEqual([SAMPLE_BODY, undefined]);
    expect(screen.getByTestId("verdict-banner").getAttribute("data-kind")).toBe("sample-only");
  });

  it("applies a choice that cannot be saved, and says it was not kept with the email", async () => {
    const item = new ScriptedItem(SAMPLE_BODY);
    item.failCustomSave = new OfficeCallError("customProperties.saveAsync", "The item could not be saved.", 9020);
    const analyzeFn = kindAwareAnalyze("sample-only");
    renderInFluent(<App item={item} settings={null} theme="light" analyzeFn={analyzeFn} pollMs={60_000} />);
    await settle();
    await chooseKind(KIND_LABELS["shipment-window"]);

    expect(analyzeFn).toHaveBeenCalledWith(SAMPLE_BODY, { kind: "shipment-window" });
    expect(screen.getByTestId("verdict-banner").getAttribute("data-kind")).toBe("shipment-window");
    expect(within(screen.getByTestId("kind-picker")).getByText(
      "Applied here, but not saved with the email: customProperties.saveAsync failed: The item could not be saved. (code 9020)",
    )).toBeTruthy();
  });

  it("works on an item without per-message storage, for this pane only", async () => {
    const item = new ScriptedItem(SAMPLE_BODY);
    const bare = Object.assign(Object.create(Object.getPrototypeOf(item)) as ScriptedItem, item, {
      getCustomProperty: undefined,
      setCustomProperty: undefined,
    });
    const analyzeFn = kindAwareAnalyze("sample-only");
    renderInFluent(<App item={bare} settings={null} theme="light" analyzeFn={analyzeFn} pollMs={60_000} />);
    await settle();
    await chooseKind(KIND_LABELS.pause);
    expect(analyzeFn).toHaveBeenCalledWith(SAMPLE_BODY, { kind: "pause" });
    expect(screen.getByTestId("kind-picker").textContent).toContain("Applied here, but not saved with the email");
  });
});

const POLICY: Policy = {
  bannedPhrases: [{ phrase: "ASAP", suggestion: "Give a need-by date.", severity: "info" }],
  sendCheck: { error: "block" },
};

describe("the organisation's policy in the pane", () => {
  it("says clearly when the policy could not be loaded, and checks with the built-in rules", async () => {
    const message = 'config/policy.json: field "sendCheck.error" must be one of allow, warn, block (got "stop")';
    const policy: PolicyLoadResult = { status: "error", message };
    const item = new ScriptedItem(SAMPLE_BODY);
    const analyzeFn = kindAwareAnalyze("sample-only");
    renderInFluent(<App item={item} settings={null} theme="light" analyzeFn={analyzeFn} policy={policy} pollMs={60_000} />);
    await settle();

    const bar = screen.getByTestId("policy-error");
    expect(within(bar).getByText("Organisation policy not applied")).toBeTruthy();
    expect(screen.getByTestId("policy-error-message").textContent).toBe(POLICY_ERROR_LEAD + message);
    expect(screen.getByTestId("policy-error-message").textContent).toBe(
      "Your organisation's policy could not be loaded: config/policy.json: field \"sendCheck.error\" must be one of allow, warn, block (got \"stop\")",
    );
    expect(bar.textContent).toContain("built-in rules");
    expect(analyzeFn.mock.calls[0]).toEqual([SAMPLE_BODY, undefined]);
    expect(screen.queryByTestId("policy-note")).toBeNull();
  });

  it("applies a loaded policy and says so in a small note", async () => {
    const item = new ScriptedItem(SAMPLE_BODY);
    const analyzeFn = kindAwareAnalyze("sample-only");
    renderInFluent(<App item={item} settings={null} theme="light" analyzeFn={analyzeFn} policy={{ status: "loaded", policy: POLICY }} pollMs={60_000} />);
    await settle();
    expect(screen.getByTestId("policy-note").textContent).toBe("Your organisation's release policy is applied.");
    expect(analyzeFn.mock.calls[0]).toEqual([SAMPLE_BODY, { policy: POLICY }]);
    expect(screen.queryByTestId("policy-error")).toBeNull();
  });

  it("shows nothing about a policy when none is deployed", async () => {
    const item = new ScriptedItem(SAMPLE_BODY);
    const analyzeFn = kindAwareAnalyze("sample-only");
    renderInFluent(<App item={item} settings={null} theme="light" analyzeFn={analyzeFn} policy={{ status: "none" }} pollMs={60_000} />);
    await settle();
    expect(screen.queryByTestId("policy-note")).toBeNull();
    expect(screen.queryByTestId("policy-error")).toBeNull();
    expect(analyzeFn.mock.calls[0]).toEqual([SAMPLE_BODY, undefined]);
  });

  it("passes the policy and the buyer's kind together, and keeps the policy when the kind changes", async () => {
    const item = new ScriptedItem(SAMPLE_BODY);
    const analyzeFn = kindAwareAnalyze("sample-only");
    renderInFluent(<App item={item} settings={null} theme="light" analyzeFn={analyzeFn} policy={{ status: "loaded", policy: POLICY }} pollMs={60_000} />);
    await settle();
    await chooseKind(KIND_LABELS["full-production"]);
    expect(analyzeFn).toHaveBeenCalledWith(SAMPLE_BODY, { kind: "full-production", policy: POLICY });
    // The detected kind is found under the same policy, without the correction.
    expect(analyzeFn.mock.calls.at(-1)).toEqual([SAMPLE_BODY, { policy: POLICY }]);
  });
});
