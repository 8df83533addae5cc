/** @jest-environment jsdom */
/**
 * Every kind's block: whatever the buyer typed reaches the HTML only as text (no element, no
 * attribute), both when inserted into an HTML reply and when it updates a block in place.
 */
import { insertOrUpdateKindBlock } from "../../src/builder/insert";
import { TEMPLATE_KINDS, validateKind } from "../../src/builder/templates";
import type { FormValues } from "../../src/builder/types";
import { emptyFirstLotValues } from "../../src/builder/validate";
import { buildKindBlock } from "../../src/checker";
import type { BlockKind, KindBlockFields } from "../../src/checker/types";
import { fakeItem } from "./fakeItem";
import { oldBlock, outlookHtml } from "./fixtures";

const HOSTILE = {
  orderRef: `"><script>alert(1)</script>`,
  lotId: "<img src=x onerror=alert(1)>",
  windowLabel: "week 47 <iframe src=//evil.example>",
  material: "black PETG &amp; matte",
  approverName: "דנה אורטיז",
  approverRole: "مدير المشتريات <b>x</b>",
  revision: "C7'\"><svg onload=alert(1)>",
};

function triggerFor(kind: BlockKind): string {
  return kind === "payment-trigger" ? "the <b>lot 1</b> invoice is paid" : "install feedback <b>from</b> lot 1";
}

function hostileValues(kind: BlockKind): FormValues {
  const v: FormValues = { ...emptyFirstLotValues(), ...HOSTILE, unit: "pcs", trigger: triggerFor(kind) };
  switch (kind) {
    case "sample-only": return { ...v, lotQuantity: "3", orderTotal: "600" };
    case "full-production": return { ...v, lotQuantity: "150" };
    case "hold": return { ...v, orderTotal: "150" };
    case "pause": return { ...v, previousQuantity: "100", lotQuantity: "60", orderTotal: "300" };
    case "shipment-window": return { ...v, lotQuantity: "40", orderTotal: "400" };
    default: return { ...v, lotQuantity: "25", orderTotal: "150" };
  }
}

function fieldsFor(kind: BlockKind): KindBlockFields {
  const v = validateKind(kind, hostileValues(kind));
  if (!v.fields) throw new Error(`${kind}: ${JSON.stringify(v.messages)}`);
  return v.fields;
}

/** The values of this kind's block that the buyer typed. */
function typedValues(f: KindBlockFields): string[] {
  return [f.orderRef, f.lotId, f.windowLabel, f.material, f.approverName, f.approverRole, f.revision, f.trigger].filter((s): s is string => !!s);
}

function expectOnlyText(html: string, values: string[]): void {
  const doc = new DOMParser().parseFromString(`<!doctype html><html><body>${html}</body></html>`, "text/html");
  const block = doc.querySelector("div[data-release-guard]");
  expect(block).not.toBeNull();
  expect(block?.querySelectorAll("img, script, svg, b, iframe, [onerror], [onload], [src]")).toHaveLength(0);
  const text = block?.textContent ?? "";
  for (const value of values) expect(text).toContain(value);
}

describe.each(TEMPLATE_KINDS)("the %s block escapes what the buyer typed", (kind) => {
  it("in the HTML it renders, whose visible lines are the text block's lines", () => {
    const f = fieldsFor(kind);
    expect(typedValues(f).length).toBeGreaterThanOrEqual(3);
    const block = buildKindBlock(f);
    expect(block.html).not.toMatch(/<(img|script|svg|b|iframe)\b/i);
    expectOnlyText(block.html, typedValues(f));
    const doc = new DOMParser().parseFromString(block.html, "text/html");
    const lines = Array.from(doc.querySelectorAll("p")).map((p) => p.textContent);
    expect(lines).toEqual(block.text.split("\n"));
  });

  it("when inserted into an HTML reply, and when it updates a block in place", async () => {
    const f = fieldsFor(kind);
    const inserted = fakeItem(outlookHtml(`<p class="MsoNormal">Our decision is below.</p>`), "html", 0);
    expect((await insertOrUpdateKindBlock(inserted, f)).action).toBe("inserted");
    expectOnlyText(inserted.calls.find((c) => c.method === "insertAtCursor")?.args[0] as string, typedValues(f));

    const before = outlookHtml(oldBlock.html);
    const updated = fakeItem(before, "html");
    expect((await insertOrUpdateKindBlock(updated, f)).action).toBe("updated");
    const start = before.indexOf(oldBlock.html);
    const tail = before.length - start - oldBlock.html.length;
    expect(updated.body.slice(0, start)).toBe(before.slice(0, start));
    expect(updated.body.slice(updated.body.length - tail)).toBe(before.slice(start + oldBlock.html.length));
    expectOnlyText(updated.body.slice(start, updated.body.length - tail), typedValues(f));
  });
});
