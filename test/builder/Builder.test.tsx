/** @jest-environment jsdom */
import * as React from "react";
import { act, render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { buildBlock } from "../../src/checker";
import { Builder, type BuilderProps } from "../../src/taskpane/builder/Builder";
import { DEFAULTS_KEY } from "../../src/builder/defaults";
import { OfficeCallError } from "../../src/office/types";
import { fakeItem, fakeSettings, type FakeItem, type FakeSettings } from "./fakeItem";
import { VAGUE_BODY, handReport, oldBlock, plainTextBody } from "./fixtures";

const DEFAULTS = { v: 1, approverName: "Dana Ortiz", approverRole: "Purchasing Manager", material: "grey PA12", unit: "pcs" };

function setup(overrides: Partial<BuilderProps> & { item?: FakeItem; settings?: FakeSettings | null } = {}) {
  const item = overrides.item ?? fakeItem(VAGUE_BODY, "html", 0);
  const settings = overrides.settings === undefined ? fakeSettings({ [DEFAULTS_KEY]: DEFAULTS }) : overrides.settings;
  const onInserted = jest.fn();
  const props: BuilderProps = {
    report: handReport(VAGUE_BODY),
    bodyText: VAGUE_BODY,
    item,
    settings,
    onInserted,
    ...overrides,
  };
  const user = userEvent.setup();
  const view = render(
    <FluentProvider theme={webLightTheme}>
      <Builder {...props} />
    </FluentProvider>,
  );
  const rerender = (p: Partial<BuilderProps>) =>
    view.rerender(
      <FluentProvider theme={webLightTheme}>
        <Builder {...props} {...p} />
      </FluentProvider>,
    );
  return { item, settings, onInserted, user, rerender };
}

const field = (name: string) => screen.getByTestId(`rg-field-${name}`) as HTMLInputElement;
const preview = () => screen.getByTestId("rg-builder-preview").textContent ?? "";

describe("Builder", () => {
  it("pre-fills from the email and the saved defaults, and labels every input", () => {
    setup();
    expect(screen.getByLabelText(/^Lot quantity/)).toBe(field("lotQuantity"));
    expect(field("lotQuantity").value).toBe("25");
    expect(field("orderTotal").value).toBe("150");
    expect(field("balanceQuantity").value).toBe("125");
    expect(field("lotId").value).toBe("Lot 1");
    expect(screen.getByLabelText(/^File revision/)).toHaveProperty("value", "C7");
    expect(screen.getByLabelText(/^Material, colour and finish/)).toHaveProperty("value", "black PETG");
    expect(field("unit").value).toBe("units");
    expect(screen.getByLabelText(/^Next release trigger/)).toHaveProperty("value", "install feedback from the first lot");
    expect(screen.getByLabelText(/^Approver's name/)).toHaveProperty("value", "Dana Ortiz");
    expect(screen.getByLabelText(/^Approver's role/)).toHaveProperty("value", "Purchasing Manager");
    expect(screen.getAllByText("From your email").length).toBeGreaterThan(3);
    expect(screen.getAllByText("From your saved defaults").length).toBe(2);
    expect(screen.getByRole("button", { name: "Insert approval block" })).toBeTruthy();
  });

  it("shows the block exactly as it will be inserted, and keeps it live", async () => {
    const { user } = setup();
    expect(preview()).toBe(
      buildBlock({
        lotId: "Lot 1", lotQuantity: 25, unit: "units", orderTotal: 150, balanceQuantity: 125,
        trigger: "install feedback from the first lot", revision: "C7", material: "black PETG",
        approverName: "Dana Ortiz", approverRole: "Purchasing Manager",
      }).text,
    );
    expect(preview()).toMatch(/^Release approval \(Release Guard\)\n/);
    expect(preview()).toContain("Technical package: revision C7, material black PETG.");
    await user.clear(field("revision"));
    await user.type(field("revision"), "C8");
    expect(preview()).toContain("revision C8, material black PETG");
    await user.clear(field("lotQuantity"));
    await user.type(field("lotQuantity"), "30");
    expect(field("balanceQuantity").value).toBe("120");
    expect(preview()).toContain("the remaining 120 units");
  });

  it("shows validation messages inline as the buyer types", async () => {
    const { user } = setup();
    await user.clear(field("lotQuantity"));
    await user.type(field("lotQuantity"), "200");
    expect(screen.getByText("The lot (200 units) is larger than the order total (150 units).")).toBeTruthy();
    expect(field("lotQuantity").getAttribute("aria-invalid")).toBe("true");
    expect(screen.queryByTestId("rg-builder-preview")).toBeNull();
    expect(screen.getByTestId("rg-builder-preview-empty").textContent).toMatch(/marked field is filled in/);

    await user.clear(field("lotQuantity"));
    await user.type(field("lotQuantity"), "12.5");
    expect(screen.getByText("Use a whole number of units.")).toBeTruthy();
    await user.clear(field("lotQuantity"));
    await user.type(field("lotQuantity"), "-4");
    expect(screen.getByText("The quantity cannot be negative.")).toBeTruthy();
    await user.clear(field("lotQuantity"));
    await user.type(field("lotQuantity"), "25");

    // A balance that does not add up is shown at once.
    await user.clear(field("balanceQuantity"));
    await user.type(field("balanceQuantity"), "100");
    expect(screen.getByText(/25 now \+ 100 on hold = 125, not the order total of 150/)).toBeTruthy();
    await user.click(screen.getByTestId("rg-balance-reset"));
    expect(field("balanceQuantity").value).toBe("125");
    expect(screen.queryByText(/not the order total/)).toBeNull();

    // "Required" waits until the buyer leaves the field.
    await user.clear(field("trigger"));
    expect(screen.queryByText(/Name what opens the next release/)).toBeNull();
    await user.tab();
    expect(screen.getByText("Name what opens the next release, for example install feedback from Lot 1.")).toBeTruthy();
  });

  it("fills the trigger from a preset", async () => {
    const { user } = setup();
    await user.click(field("triggerPreset"));
    await user.click(screen.getByRole("option", { name: "Customer review" }));
    expect(field("trigger").value).toBe("customer review of Lot 1");
    expect(preview()).toContain("Next release trigger: customer review of Lot 1.");
  });

  it("inserts the block into the message and reports it", async () => {
    const { user, item, onInserted } = setup();
    await user.click(screen.getByRole("button", { name: "Insert approval block" }));
    await screen.findByTestId("rg-builder-result");
    const insert = item.calls.find((c) => c.method === "insertAtCursor");
    expect(insert?.args[1]).toBe("html");
    expect(insert?.args[0]).toContain('data-release-guard="v1"');
    expect(insert?.args[0]).toContain("install feedback from the first lot");
    expect(screen.getByTestId("rg-builder-result").getAttribute("data-action")).toBe("inserted");
    expect(screen.getByText("Block inserted")).toBeTruthy();
    expect(onInserted).toHaveBeenCalledTimes(1);
  });

  it("offers 'Update block' when the message has a block, and updates it in place", async () => {
    const body = plainTextBody(oldBlock.text);
    const item = fakeItem(body, "text");
    const { user, onInserted } = setup({ item, report: null, bodyText: body });
    expect(field("lotQuantity").value).toBe("25");
    expect(screen.getAllByText("From the block in your message").length).toBeGreaterThan(3);
    await user.clear(field("lotQuantity"));
    await user.type(field("lotQuantity"), "30");
    await user.click(screen.getByRole("button", { name: "Update block" }));
    await screen.findByText("Block updated");
    expect(item.body).toContain("Release now: Lot 1 – 30 units (order total 150 units).");
    expect(item.body).not.toContain("Lot 1 – 25 units");
    expect(item.body.startsWith("Hi Sam,\n\nThanks for the quick turnaround")).toBe(true);
    expect(onInserted).toHaveBeenCalledTimes(1);
  });

  it("tells the buyer which old block to delete when it cannot update safely", async () => {
    const lines = oldBlock.text.split("\n");
    lines.splice(2, 0, "PS: bag them in tens.");
    const body = plainTextBody(lines.join("\n"));
    const item = fakeItem(body, "text", 0);
    const { user } = setup({ item, report: null, bodyText: body });
    await user.click(screen.getByRole("button", { name: "Update block" }));
    const bar = await screen.findByTestId("rg-builder-result");
    expect(bar.getAttribute("data-action")).toBe("inserted-old-block-remains");
    expect(bar.textContent).toContain("please delete the old one");
    expect(bar.textContent).toContain("the old block for Lot 1 – 25 units (PO 4512)");
    expect(item.body).toContain("PS: bag them in tens.");
  });

  it("shows an Office failure plainly and does not report success", async () => {
    const item = fakeItem(VAGUE_BODY, "text", 0);
    item.fail.insertAtCursor = new OfficeCallError("setSelectedDataAsync", "The item is being saved", 5001);
    const { user, onInserted } = setup({ item });
    await user.click(screen.getByRole("button", { name: "Insert approval block" }));
    const bar = await screen.findByTestId("rg-builder-result");
    expect(bar.textContent).toContain("Nothing was changed");
    expect(bar.textContent).toContain("The approval block could not be inserted");
    expect(item.body).toBe(VAGUE_BODY);
    expect(onInserted).not.toHaveBeenCalled();
  });

  it("refuses to insert with errors and moves focus to the first field that needs attention", async () => {
    const { user, item } = setup({ settings: fakeSettings() });
    expect(field("approverName").value).toBe("");
    await user.click(screen.getByRole("button", { name: "Insert approval block" }));
    expect(screen.getByTestId("rg-builder-result").textContent).toContain("Fix the marked field; nothing was inserted.");
    expect(screen.getByText("Name the person who may release the next lot.")).toBeTruthy();
    expect(document.activeElement).toBe(field("approverName"));
    expect(item.calls.some((c) => c.method === "insertAtCursor")).toBe(false);
  });

  it("can be used with the keyboard alone", async () => {
    const { user, item } = setup({ settings: fakeSettings() });
    // Every control is natively focusable, labelled, in reading order, with no positive tabindex.
    // (Tab itself is moved by Fluent's Tabster, which jsdom cannot run; the browser tests press Tab.)
    const form = screen.getByTestId("rg-builder");
    const focusable = Array.from(form.querySelectorAll<HTMLElement>("input, button, textarea, select, [tabindex]")).filter(
      (el) => el.tabIndex >= 0 && !(el as HTMLInputElement).disabled,
    );
    expect(focusable.filter((el) => el.tabIndex > 0)).toEqual([]);
    expect(focusable.map((el) => el.getAttribute("data-testid")).filter((id) => id !== null)).toEqual([
      "rg-builder-kind", "rg-field-orderRef", "rg-field-orderTotal", "rg-field-unit", "rg-field-lotId", "rg-field-lotQuantity",
      "rg-field-balanceQuantity", "rg-field-triggerPreset", "rg-field-trigger", "rg-field-revision", "rg-field-material",
      "rg-field-approverName", "rg-field-approverRole", "rg-field-needBy", "rg-defaults-save", "rg-builder-insert",
    ]);
    for (const el of focusable.filter((e) => e.tagName === "INPUT")) {
      const id = el.getAttribute("id");
      expect(id && document.querySelector(`label[for="${id}"]`)?.textContent).toBeTruthy();
    }

    // Type the approver, pick a trigger preset with the arrow keys, press Enter on the insert button.
    act(() => field("approverName").focus());
    await user.keyboard("Priya Natarajan");
    act(() => field("triggerPreset").focus());
    await user.keyboard("{Enter}");
    await user.keyboard("{ArrowDown}{ArrowDown}{Enter}");
    expect(field("trigger").value).toBe("customer review of Lot 1");
    act(() => screen.getByTestId("rg-builder-insert").focus());
    await user.keyboard("{Enter}");
    await screen.findByText("Block inserted");
    const html = String(item.calls.find((c) => c.method === "insertAtCursor")?.args[0]);
    expect(html).toContain("only Priya Natarajan can release the next lot");
    expect(html).toContain("customer review of Lot 1");
  });

  it("saves and forgets the buyer's defaults", async () => {
    const settings = fakeSettings();
    const { user } = setup({ settings });
    await user.type(field("approverName"), "Lee Chen");
    await user.click(screen.getByRole("button", { name: "Save as my defaults" }));
    await waitFor(() => expect(screen.getByTestId("rg-defaults-status").textContent).toBe("Saved as your defaults: Lee Chen, black PETG, units."));
    expect(settings.saved[DEFAULTS_KEY]).toEqual({ v: 1, approverName: "Lee Chen", material: "black PETG", unit: "units" });
    await user.click(screen.getByRole("button", { name: "Forget my defaults" }));
    await waitFor(() => expect(settings.saved).toEqual({}));
    expect(screen.getByTestId("rg-defaults-status").textContent).toMatch(/forgotten/);
  });

  it("follows the email until the buyer edits, then keeps the buyer's values", async () => {
    const { user, rerender } = setup();
    const changed = VAGUE_BODY.replace("rev C7", "rev C9");
    const report = handReport(VAGUE_BODY);
    report.details.revisionMaterial = { status: "present", evidence: [{ range: [0, 0], text: "rev C9, black PETG" }], message: "" };
    act(() => rerender({ report, bodyText: changed }));
    expect(field("revision").value).toBe("C9");
    await user.clear(field("material"));
    await user.type(field("material"), "white PA12");
    const again = handReport(VAGUE_BODY);
    act(() => rerender({ report: again, bodyText: VAGUE_BODY }));
    expect(field("revision").value).toBe("C9");
    expect(field("material").value).toBe("white PA12");
  });

  it("starts with the template of the kind being written, and first-lot for not-a-release", () => {
    const { rerender } = setup({ kind: "sample-only" });
    expect(screen.getByTestId("rg-builder-kind").getAttribute("data-kind")).toBe("sample-only");
    expect(screen.getByTestId("rg-builder-kind").textContent).toBe("Sample-only approval");
    act(() => rerender({ kind: "not-a-release" }));
    expect(screen.getByTestId("rg-builder-kind").getAttribute("data-kind")).toBe("first-lot");
  });

  it("works without a settings store (outside Outlook)", () => {
    setup({ settings: null });
    expect((screen.getByRole("button", { name: "Save as my defaults" }) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByTestId("rg-defaults-status").textContent).toMatch(/not available here/);
  });
});
