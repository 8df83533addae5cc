/** @jest-environment jsdom */
import * as React from "react";
import { act, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/App";
import { OfficeCallError } from "../../src/office/types";
import type { Report } from "../../src/checker/types";
import { incompleteReport, notReleaseReport, renderInFluent, ScriptedItem, VAGUE_BODY, vagueReport } from "./fixtures";

/** Lets the pane's first body read and check settle. */
async function settle(): Promise<void> {
  await act(async () => {
    await Promise.resolve();
    await Promise.resolve();
  });
}

describe("task pane on a vague release", () => {
  it("shows the vague verdict, the kind in plain words, and the right checklist", async () => {
    const item = new ScriptedItem(VAGUE_BODY);
    const analyzeFn = jest.fn((): Report => vagueReport());
    renderInFluent(<App item={item} settings={null} theme="light" analyzeFn={analyzeFn} />);
    await settle();

    expect(analyzeFn).toHaveBeenCalledWith(VAGUE_BODY, undefined);
    const banner = screen.getByTestId("verdict-banner");
    expect(banner.getAttribute("data-verdict")).toBe("vague");
    expect(within(banner).getByRole("heading", { name: "Vague release" })).toBeTruthy();
    expect(within(banner).getByTestId("verdict-kind").textContent).toBe("First-lot release — one lot moves, the balance stays on hold");

    const statuses = ["lot", "balance", "trigger", "revisionMaterial", "approver"].map((key) => [
      key,
      screen.getByTestId(`detail-${key}`).getAttribute("data-status"),
      screen.getByTestId(`detail-${key}-status`).textContent,
    ]);
    expect(statuses).toEqual([
      ["lot", "vague", "Vague"],
      ["balance", "missing", "Missing"],
      ["trigger", "missing", "Missing"],
      ["revisionMaterial", "missing", "Missing"],
      ["approver", "missing", "Missing"],
    ]);
    expect(screen.getByTestId("detail-approver-message").textContent).toBe("Name who approves lot 2");
    expect(screen.getByTestId("detail-lot-evidence").textContent).toBe("“the first batch”");
    // Each row is named by its detail and status in words, not by colour.
    expect(screen.getByRole("listitem", { name: "Next-lot approver: Missing" })).toBeTruthy();
  });

  it("lists the vague phrase with its suggested rewrite", async () => {
    const item = new ScriptedItem(VAGUE_BODY);
    renderInFluent(<App item={item} settings={null} theme="light" analyzeFn={() => vagueReport()} />);
    await settle();

    const findings = screen.getAllByTestId("finding");
    expect(findings).toHaveLength(1);
    expect(findings[0]!.getAttribute("data-rule")).toBe("vague-release");
    expect(within(findings[0]!).getByText("“Go ahead with the first batch”")).toBeTruthy();
    expect(within(findings[0]!).getByTestId("suggestion-replacement").textContent).toBe("Try: “approve lot 1 for 25 units”");
  });

  it("shows the quantities understood, and says which are not stated", async () => {
    const item = new ScriptedItem("approve lot 1 for 25 units ...");
    renderInFluent(<App item={item} settings={null} theme="light" analyzeFn={() => incompleteReport()} />);
    await settle();
    expect(screen.getByTestId("quantity-released").textContent).toBe("25 units");
    expect(screen.getByTestId("quantity-on-hold").textContent).toBe("125 units");
    expect(screen.getByTestId("quantity-total").textContent).toBe("150 units");
    expect(screen.getByTestId("quantity-unit").textContent).toBe("units");
    expect(screen.getByTestId("verdict-banner").getAttribute("data-verdict")).toBe("incomplete");
    expect(screen.getByRole("heading", { name: "Needs attention" })).toBeTruthy();
    expect(screen.queryByTestId("findings")).toBeNull();
  });

  it("shows an unknown quantity as not stated", async () => {
    const item = new ScriptedItem(VAGUE_BODY);
    renderInFluent(<App item={item} settings={null} theme="light" analyzeFn={() => vagueReport()} />);
    await settle();
    expect(screen.getByTestId("quantity-released").textContent).toBe("not stated");
  });

  it("re-checks when the buyer presses Check again, even with unchanged text", async () => {
    const item = new ScriptedItem(VAGUE_BODY);
    const analyzeFn = jest.fn(() => vagueReport());
    renderInFluent(<App item={item} settings={null} theme="light" analyzeFn={analyzeFn} pollMs={60_000} />);
    await settle();
    expect(analyzeFn).toHaveBeenCalledTimes(1);
    await userEvent.click(screen.getByRole("button", { name: "Check again" }));
    await settle();
    expect(item.reads).toBe(2);
    expect(analyzeFn).toHaveBeenCalledTimes(2);
  });
});

describe("task pane states", () => {
  it("explains how to open it when Office.js is not available", () => {
    renderInFluent(<App item={null} settings={null} theme="light" unavailableReason="Office.js did not load." />);
    const state = screen.getByTestId("state-unavailable");
    expect(within(state).getByRole("heading", { name: "Open Release Guard from Outlook" })).toBeTruthy();
    expect(state.textContent).toContain("compose window");
    expect(state.textContent).toContain("preview page");
    expect(screen.getByTestId("unavailable-reason").textContent).toBe("Office.js did not load.");
    expect(screen.queryByRole("button", { name: "Check again" })).toBeNull();
  });

  it("invites the buyer to start writing when the body is empty, without running the checker", async () => {
    const item = new ScriptedItem("  \n\n ");
    const analyzeFn = jest.fn(() => vagueReport());
    renderInFluent(<App item={item} settings={null} theme="light" analyzeFn={analyzeFn} />);
    await settle();
    expect(screen.getByRole("heading", { name: "Start writing your release…" })).toBeTruthy();
    expect(analyzeFn).not.toHaveBeenCalled();
    expect(screen.queryByTestId("verdict-banner")).toBeNull();
  });

  it("shows Office's error when the body cannot be read, and recovers on Retry", async () => {
    const item = new ScriptedItem(VAGUE_BODY);
    item.failWith = new OfficeCallError("body.getAsync", "There was an internal format error.", 9002);
    renderInFluent(<App item={item} settings={null} theme="light" analyzeFn={() => vagueReport()} pollMs={60_000} />);
    await settle();

    const state = screen.getByTestId("state-unreadable");
    expect(within(state).getByRole("heading", { name: "Couldn't read your message" })).toBeTruthy();
    expect(screen.getByTestId("unreadable-reason").textContent).toBe(
      "body.getAsync failed: There was an internal format error. (code 9002)",
    );

    item.failWith = null;
    await userEvent.click(screen.getByRole("button", { name: "Retry" }));
    await settle();
    expect(screen.queryByTestId("state-unreadable")).toBeNull();
    expect(screen.getByTestId("verdict-banner").getAttribute("data-verdict")).toBe("vague");
  });

  it("keeps the last check visible when a later read fails", async () => {
    const item = new ScriptedItem(VAGUE_BODY);
    renderInFluent(<App item={item} settings={null} theme="light" analyzeFn={() => vagueReport()} pollMs={60_000} />);
    await settle();
    item.failWith = new OfficeCallError("body.getAsync", "The selected item has been changed.", 9030);
    await userEvent.click(screen.getByRole("button", { name: "Check again" }));
    await settle();
    expect(screen.getByRole("heading", { name: "Couldn't read your message — showing the last check" })).toBeTruthy();
    expect(screen.getByTestId("verdict-banner").getAttribute("data-verdict")).toBe("vague");
  });

  it("says there is nothing to check when the email releases nothing", async () => {
    const item = new ScriptedItem("Hi Marco, which carrier are you using for the samples? Thanks, Dana");
    renderInFluent(<App item={item} settings={null} theme="light" analyzeFn={() => notReleaseReport()} />);
    await settle();
    const state = screen.getByTestId("state-not-a-release");
    expect(state.textContent).toContain("This email doesn't release any production — nothing to check.");
    expect(screen.queryByTestId("checklist")).toBeNull();
    expect(screen.getByTestId("verdict-banner").getAttribute("data-verdict")).toBe("not-a-release");
  });

  it("reports a checker failure instead of crashing", async () => {
    const item = new ScriptedItem(VAGUE_BODY);
    const analyzeFn = (): Report => {
      throw new Error("boom");
    };
    renderInFluent(<App item={item} settings={null} theme="light" analyzeFn={analyzeFn} />);
    await settle();
    expect(screen.getByTestId("unreadable-reason").textContent).toBe("The check itself failed: boom");
  });

  it("marks the root with the theme in use", () => {
    renderInFluent(<App item={null} settings={null} theme="dark" />);
    expect(screen.getByTestId("taskpane").getAttribute("data-theme")).toBe("dark");
  });
});

describe("task pane with the real checker", () => {
  // The seed article's strong wording: four details stated, the approver left as "we".
  const STRONG = [
    "Hi Marco,",
    "",
    "The samples passed our fit check. Please:",
    "- approve lot 1 for 25 units from revision C7 in black PETG",
    "- do not start the remaining 125 units yet",
    "- keep the balance on hold pending install feedback from the first lot",
    "- we will issue a separate release for lot 2 after that review",
    "",
    "Thanks,",
    "Dana Ortiz",
    "Purchasing | Acme Robotics",
  ].join("\n");

  it("shows four details stated and the approver not named on the seed's strong example", async () => {
    const item = new ScriptedItem(STRONG);
    renderInFluent(<App item={item} settings={null} theme="light" />);
    await settle();
    const banner = screen.getByTestId("verdict-banner");
    expect(banner.getAttribute("data-verdict")).toBe("incomplete");
    expect(within(banner).getByTestId("verdict-kind").textContent).toBe("First-lot release — one lot moves, the balance stays on hold");
    const status = (key: string) => screen.getByTestId(`detail-${key}`).getAttribute("data-status");
    expect([status("lot"), status("balance"), status("trigger"), status("revisionMaterial")]).toEqual(["present", "present", "present", "present"]);
    expect(status("approver")).not.toBe("present");
    expect(screen.getByTestId("quantity-released").textContent).toBe("25 units");
    expect(screen.getByTestId("quantity-on-hold").textContent).toBe("125 units");
  });
});
