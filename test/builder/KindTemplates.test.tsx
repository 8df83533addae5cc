/** @jest-environment jsdom */
/**
 * The template choice in the builder: switching it changes the fields and the preview, keeps what
 * the buyer typed, and inserts (or updates in place) a block of the chosen kind.
 */
import * as React from "react";
import { act, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { analyze, buildKindBlock } from "../../src/checker";
import { Builder, type BuilderProps } from "../../src/taskpane/builder/Builder";
import { fakeItem, htmlToText } from "./fakeItem";
import { VAGUE_BODY, handReport, outlookHtml, plainTextBody } from "./fixtures";

function setup(overrides: Partial<BuilderProps> = {}) {
  const html = outlookHtml("").replace("Please start the first lot as below &amp; keep me posted.", "Our decision is below &amp; I will keep you posted.");
  const item = fakeItem(html, "html", html.indexOf(`<p class="MsoNormal">Best regards`));
  const props: BuilderProps = { report: handReport(VAGUE_BODY), bodyText: VAGUE_BODY, item, settings: null, onInserted: jest.fn(), ...overrides };
  const user = userEvent.setup();
  const view = render(
    <FluentProvider theme={webLightTheme}>
      <Builder {...props} />
    </FluentProvider>,
  );
  return { item: props.item as ReturnType<typeof fakeItem>, user, view };
}

const field = (name: string) => screen.queryByTestId(`rg-field-${name}`) as HTMLInputElement | null;
const preview = () => screen.queryByTestId("rg-builder-preview")?.textContent ?? null;

async function choose(user: ReturnType<typeof userEvent.setup>, title: string): Promise<void> {
  await user.click(screen.getByTestId("rg-builder-kind"));
  await user.click(screen.getByRole("option", { name: title }));
}

describe("Builder template choice", () => {
  it("offers a template per kind, labelled, defaulting to first-lot", async () => {
    const { user } = setup();
    const picker = screen.getByTestId("rg-builder-kind");
    expect(screen.getByLabelText(/^Block template/)).toBe(picker);
    expect(picker.getAttribute("data-kind")).toBe("first-lot");
    await user.click(picker);
    expect(screen.getAllByRole("option").map((o) => o.textContent)).toEqual([
      "First-lot release", "Sample-only approval", "Shipment-window release", "Full production sign-off",
      "Payment-triggered lot", "Hold until a named confirmation", "Pause or cut back a release",
    ]);
  });

  it("switching the template changes the fields and the preview, and keeps what the buyer typed", async () => {
    const { user } = setup();
    expect(field("lotId")).not.toBeNull();
    expect(field("windowLabel")).toBeNull();
    await user.clear(field("approverName") as HTMLInputElement);
    await user.type(field("approverName") as HTMLInputElement, "Priya Natarajan");
    expect(preview()).toContain("Release now: Lot 1 – 25 units");

    await choose(user, "Shipment-window release");
    expect(screen.getByTestId("rg-builder-kind").getAttribute("data-kind")).toBe("shipment-window");
    expect(field("lotId")).toBeNull();
    expect(field("balanceQuantity")).toBeNull();
    expect(screen.getByLabelText(/^Delivery window/)).toBe(field("windowLabel"));
    expect(field("approverName")?.value).toBe("Priya Natarajan");
    expect(field("lotQuantity")?.value).toBe("25");
    // The window is still empty: no block, and the preview says why.
    expect(preview()).toBeNull();
    await user.type(field("windowLabel") as HTMLInputElement, "week 47");
    expect(preview()).toContain("Release now: delivery window week 47 – 25 units only");
    expect(preview()).toContain("only Priya Natarajan can release the next window");

    await choose(user, "Pause or cut back a release");
    expect(screen.getByLabelText(/^Lot quantity before the cut/)).toBe(field("previousQuantity"));
    expect(screen.getByLabelText(/^Lot quantity after the cut/)).toBe(field("lotQuantity"));
    await user.type(field("previousQuantity") as HTMLInputElement, "20");
    expect(screen.getByTestId("rg-builder-preview-empty")).toBeTruthy();
    await user.tab();
    expect(field("lotQuantity")?.getAttribute("data-message-id")).toBe("after-not-less");

    await choose(user, "First-lot release");
    expect(field("lotId")?.value).toBe("Lot 1");
    expect(field("windowLabel")).toBeNull();
    expect(preview()).toContain("Release now: Lot 1 – 25 units");
  });

  it("inserts a block of the chosen kind that analyses clean for that kind", async () => {
    const { user, item } = setup();
    await choose(user, "Hold until a named confirmation");
    expect(field("lotQuantity")).toBeNull();
    expect(screen.getByLabelText(/^Production quantity on hold/)).toBe(field("orderTotal"));
    const trigger = field("trigger") as HTMLInputElement;
    await user.clear(trigger);
    await user.type(trigger, "the ship-to address is confirmed in writing by our logistics team");
    await user.type(field("approverName") as HTMLInputElement, "Dana Ortiz");
    expect(preview()).toContain("Hold lifted when: the ship-to address is confirmed in writing by our logistics team.");
    await user.click(screen.getByTestId("rg-builder-insert"));
    await screen.findByText("Block inserted");
    const html = String(item.calls.find((c) => c.method === "insertAtCursor")?.args[0]);
    expect(html).toContain("stays on hold");
    const report = analyze(htmlToText(item.body));
    expect([report.kind, report.verdict]).toEqual(["hold", "clean"]);
  });

  it("starts with the kind of the block already in the message and updates it in place", async () => {
    const old = buildKindBlock({ kind: "sample-only", lotQuantity: 3, unit: "pcs", orderTotal: 600, trigger: "our lab report on the samples is signed", revision: "B", material: "PEEK natural", approverName: "Yusra Malik" });
    const body = plainTextBody(old.text);
    const item = fakeItem(body, "text", 0);
    const { user } = setup({ item, bodyText: body, report: null });
    expect(screen.getByTestId("rg-builder-kind").getAttribute("data-kind")).toBe("sample-only");
    expect(field("lotQuantity")?.value).toBe("3");
    expect(field("approverName")?.value).toBe("Yusra Malik");
    expect(screen.getByTestId("rg-builder-insert").getAttribute("data-mode")).toBe("update");
    await user.clear(field("lotQuantity") as HTMLInputElement);
    await user.type(field("lotQuantity") as HTMLInputElement, "5");
    await user.click(screen.getByTestId("rg-builder-insert"));
    await screen.findByText("Block updated");
    const next = buildKindBlock({ kind: "sample-only", lotQuantity: 5, unit: "pcs", orderTotal: 600, trigger: "our lab report on the samples is signed", revision: "B", material: "PEEK natural", approverName: "Yusra Malik" });
    expect(item.body).toBe(body.replace(old.text, next.text));
  });

  it("can be chosen with the keyboard alone", async () => {
    const { user } = setup();
    act(() => screen.getByTestId("rg-builder-kind").focus());
    await user.keyboard("{Enter}");
    await user.keyboard("{ArrowDown}{Enter}");
    expect(screen.getByTestId("rg-builder-kind").getAttribute("data-kind")).toBe("sample-only");
    expect(within(screen.getByTestId("rg-kind-form")).getByText("Samples now")).toBeTruthy();
    expect(screen.getByLabelText(/^Number of samples/)).toBe(field("lotQuantity"));
  });
});
