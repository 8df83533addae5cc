/** @jest-environment jsdom */
import * as React from "react";
import { act, render, screen } from "@testing-library/react";
import { useBodyPolling } from "../../src/taskpane/useBodyPolling";
import type { AnalyzeOptions, Report } from "../../src/checker/types";
import { incompleteReport, ScriptedItem, VAGUE_BODY, vagueReport } from "./fixtures";

let renders = 0;

function Probe({ item, analyze, intervalMs = 1500 }: { item: ScriptedItem; analyze: (text: string) => Report; intervalMs?: number }): React.ReactElement {
  renders += 1;
  const { state, checkNow } = useBodyPolling(item, intervalMs, { analyze });
  return (
    <div>
      <span data-testid="status">{state.status}</span>
      <span data-testid="verdict">{state.report?.verdict ?? "none"}</span>
      <span data-testid="released">{String(state.report?.quantities.released ?? "none")}</span>
      <button onClick={checkNow}>check</button>
    </div>
  );
}

/** Advances fake time and lets the promises it released settle. */
async function advance(ms: number): Promise<void> {
  await act(async () => {
    await jest.advanceTimersByTimeAsync(ms);
  });
}

function setVisibility(state: "visible" | "hidden"): void {
  Object.defineProperty(document, "visibilityState", { configurable: true, get: () => state });
  document.dispatchEvent(new Event("visibilitychange"));
}

beforeEach(() => {
  jest.useFakeTimers();
  renders = 0;
  setVisibility("visible");
});

afterEach(() => {
  jest.useRealTimers();
});

describe("useBodyPolling", () => {
  it("reads the body every interval but analyses only when the text changed", async () => {
    const item = new ScriptedItem(VAGUE_BODY);
    const analyze = jest.fn(() => vagueReport());
    render(<Probe item={item} analyze={analyze} />);
    await advance(0);
    expect(item.reads).toBe(1);
    expect(analyze).toHaveBeenCalledTimes(1);

    await advance(1500 * 3);
    expect(item.reads).toBe(4);
    expect(analyze).toHaveBeenCalledTimes(1);
    expect(screen.getByTestId("verdict").textContent).toBe("vague");
  });

  it("shows the new check after the text changes", async () => {
    const item = new ScriptedItem(VAGUE_BODY);
    const analyze = jest.fn((text: string) => (text.includes("25 units") ? incompleteReport() : vagueReport()));
    render(<Probe item={item} analyze={analyze} />);
    await advance(0);
    expect(screen.getByTestId("released").textContent).toBe("none");

    item.text = "Hi Marco,\nPlease approve lot 1 for 25 units from revision C7 in black PETG.\nThanks, Dana";
    await advance(1499);
    expect(analyze).toHaveBeenCalledTimes(1); // not yet: the interval has not elapsed
    await advance(1);
    expect(analyze).toHaveBeenCalledTimes(2);
    expect(analyze).toHaveBeenLastCalledWith(item.text, undefined);
    expect(screen.getByTestId("verdict").textContent).toBe("incomplete");
    expect(screen.getByTestId("released").textContent).toBe("25");
  });

  it("does not re-render when a changed text gives the same report", async () => {
    const item = new ScriptedItem(VAGUE_BODY);
    const analyze = jest.fn(() => vagueReport());
    render(<Probe item={item} analyze={analyze} />);
    await advance(0);
    const rendersAfterFirstCheck = renders;

    item.text = VAGUE_BODY + "\nP.S. see you Thursday";
    await advance(1500);
    item.text = VAGUE_BODY + "\nP.S. see you Thursday!";
    await advance(1500);
    expect(analyze).toHaveBeenCalledTimes(3);
    expect(renders).toBe(rendersAfterFirstCheck);
  });

  it("never starts a read while one is in flight, and runs a requested check right after it", async () => {
    const item = new ScriptedItem(VAGUE_BODY);
    const analyze = jest.fn(() => vagueReport());
    render(<Probe item={item} analyze={analyze} />);
    await advance(0);
    expect(item.reads).toBe(1);

    item.hold = true;
    await advance(1500); // second read starts and hangs
    expect(item.reads).toBe(2);
    await advance(1500 * 5);
    expect(item.reads).toBe(2);

    act(() => screen.getByRole("button", { name: "check" }).click());
    expect(item.reads).toBe(2); // queued, not overlapping

    item.hold = false;
    await act(async () => {
      item.release();
      await jest.advanceTimersByTimeAsync(0);
    });
    expect(item.reads).toBe(3); // the queued check ran once the read finished
    expect(analyze).toHaveBeenCalledTimes(2); // forced check analyses even unchanged text
  });

  it("stops polling while the pane is hidden and reads at once when it is shown again", async () => {
    const item = new ScriptedItem(VAGUE_BODY);
    const analyze = jest.fn(() => vagueReport());
    render(<Probe item={item} analyze={analyze} />);
    await advance(0);
    await act(async () => setVisibility("hidden"));
    await advance(1500 * 4);
    expect(item.reads).toBe(1);

    item.text = "Hi Marco,\nPlease approve lot 1 for 25 units.";
    await act(async () => setVisibility("visible"));
    await advance(0);
    expect(item.reads).toBe(2);
    expect(analyze).toHaveBeenCalledTimes(2);
    await advance(1500);
    expect(item.reads).toBe(3);
  });

  it("stops reading after unmount", async () => {
    const item = new ScriptedItem(VAGUE_BODY);
    const { unmount } = render(<Probe item={item} analyze={() => vagueReport()} />);
    await advance(0);
    unmount();
    await advance(1500 * 3);
    expect(item.reads).toBe(1);
  });

  it("re-analyses after a failed read even when the text is the same", async () => {
    const item = new ScriptedItem(VAGUE_BODY);
    const analyze = jest.fn(() => vagueReport());
    render(<Probe item={item} analyze={analyze} />);
    await advance(0);
    item.failWith = new Error("The selected item has been changed.");
    await advance(1500);
    expect(screen.getByTestId("status").textContent).toBe("error");
    item.failWith = null;
    await advance(1500);
    expect(screen.getByTestId("status").textContent).toBe("ready");
    expect(analyze).toHaveBeenCalledTimes(2);
  });
});

describe("useBodyPolling with a kind and a policy", () => {
  function OptionsProbe({ item, analyze, options }: { item: ScriptedItem; analyze: (text: string, o?: AnalyzeOptions) => Report; options?: AnalyzeOptions }): React.ReactElement {
    const { state } = useBodyPolling(item, 1500, { analyze, analyzeOptions: options });
    return (
      <div>
        <span data-testid="status">{state.status}</span>
        <span data-testid="kind">{state.report?.kind ?? "none"}</span>
        <span data-testid="detected">{state.detectedKind ?? "none"}</span>
      </div>
    );
  }
  const analyze = jest.fn((_text: string, o?: AnalyzeOptions): Report => ({ ...vagueReport(), kind: o?.kind ?? "first-lot" }));

  beforeEach(() => analyze.mockClear());

  it("re-checks the same text at once when the options change, without going back to loading", async () => {
    const item = new ScriptedItem(VAGUE_BODY);
    const { rerender } = render(<OptionsProbe item={item} analyze={analyze} />);
    await advance(0);
    expect(screen.getByTestId("kind").textContent).toBe("first-lot");
    const statuses: string[] = [];
    const observer = new MutationObserver(() => statuses.push(screen.getByTestId("status").textContent ?? ""));
    observer.observe(screen.getByTestId("status"), { characterData: true, childList: true, subtree: true });

    rerender(<OptionsProbe item={item} analyze={analyze} options={{ kind: "hold" }} />);
    await advance(0);
    observer.disconnect();

    expect(screen.getByTestId("kind").textContent).toBe("hold");
    expect(screen.getByTestId("detected").textContent).toBe("first-lot");
    expect(statuses).not.toContain("loading");
    expect(analyze.mock.calls).toEqual([
      [VAGUE_BODY, undefined],
      [VAGUE_BODY, { kind: "hold" }],
      [VAGUE_BODY, undefined], // what the checker finds by itself, for "Detected: …"
    ]);
  });

  it("does not re-check when equal options arrive as a new object", async () => {
    const item = new ScriptedItem(VAGUE_BODY);
    const { rerender } = render(<OptionsProbe item={item} analyze={analyze} options={{ kind: "pause" }} />);
    await advance(0);
    rerender(<OptionsProbe item={item} analyze={analyze} options={{ kind: "pause" }} />);
    await advance(0);
    expect(analyze).toHaveBeenCalledTimes(2); // the check and its detection, once
    expect(item.reads).toBe(1);
  });
});
