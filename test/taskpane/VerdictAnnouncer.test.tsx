/** @jest-environment jsdom */
import * as React from "react";
import { act, screen } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import type { Report } from "../../src/checker/types";
import { cleanReport, incompleteReport, renderInFluent, ScriptedItem, VAGUE_BODY, vagueReport } from "./fixtures";

async function advance(ms: number): Promise<void> {
  await act(async () => {
    await jest.advanceTimersByTimeAsync(ms);
  });
}

beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

describe("the live region", () => {
  it("is polite and announces only when the verdict changes", async () => {
    const item = new ScriptedItem(VAGUE_BODY);
    let next: Report = vagueReport();
    renderInFluent(<App item={item} settings={null} theme="light" analyzeFn={() => next} />);
    const region = screen.getByTestId("verdict-announcer");
    expect(region.getAttribute("aria-live")).toBe("polite");
    await advance(0);
    expect(region.textContent).toBe("Release Guard: Vague release (First-lot release).");

    const mutations: MutationRecord[] = [];
    const observer = new MutationObserver((records) => mutations.push(...records));
    observer.observe(region, { childList: true, characterData: true, subtree: true });

    // Same verdict, different details: the checklist changes, the region stays silent.
    next = vagueReport();
    next.details.approver = { status: "present", evidence: [], message: "Dana Ortiz approves lot 2" };
    item.text = VAGUE_BODY + "\nDana Ortiz approves lot 2.";
    await advance(1500);
    expect(screen.getByTestId("detail-approver").getAttribute("data-status")).toBe("present");
    observer.takeRecords().forEach((r) => mutations.push(r));
    expect(mutations).toHaveLength(0);

    // Polls with unchanged text: silent too.
    await advance(1500 * 3);
    observer.takeRecords().forEach((r) => mutations.push(r));
    expect(mutations).toHaveLength(0);

    next = incompleteReport();
    item.text = "Please approve lot 1 for 25 units.";
    await advance(1500);
    expect(region.textContent).toBe("Release Guard: Needs attention (First-lot release).");

    next = cleanReport();
    item.text = "Please approve lot 1 for 25 units. Dana approves lot 2.";
    await advance(1500);
    expect(region.textContent).toBe("Release Guard: Clean release (First-lot release).");
    observer.disconnect();
  });
});
