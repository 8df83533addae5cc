/** @jest-environment jsdom */
import { insertOrUpdateBlock } from "../../src/builder/insert";
import { validateFirstLot, emptyFirstLotValues } from "../../src/builder/validate";
import type { BlockFields } from "../../src/checker/types";
import { fakeItem } from "./fakeItem";
import { oldBlock, outlookHtml } from "./fixtures";

const HOSTILE = {
  lotId: "<img src=x onerror=alert(1)>",
  orderRef: `"><script>alert(1)</script>`,
  material: "black PETG &amp; matte",
  approverName: "דנה אורטיז",
  approverRole: "مدير المشتريات",
  trigger: "install feedback <b>from</b> lot 1",
  revision: "C7'\"><svg onload=alert(1)>",
};

function hostileFields(): BlockFields {
  const v = validateFirstLot({
    ...emptyFirstLotValues(),
    ...HOSTILE,
    orderTotal: "150",
    unit: "units",
    lotQuantity: "25",
  });
  if (!v.fields) throw new Error(JSON.stringify(v.messages));
  return v.fields;
}

function expectOnlyText(html: string): void {
  const doc = new DOMParser().parseFromString(`<!doctype html><html><body>${html}</body></html>`, "text/html");
  expect(doc.querySelectorAll("img, script, svg, b, iframe, [onerror], [onload]")).toHaveLength(0);
  const block = doc.querySelector("div[data-release-guard]");
  expect(block).not.toBeNull();
  const text = block?.textContent ?? "";
  for (const value of Object.values(HOSTILE)) expect(text).toContain(value);
}

describe("every value the buyer typed reaches the HTML only as text", () => {
  it("when inserting into an HTML body", async () => {
    const item = fakeItem(outlookHtml(`<p class="MsoNormal">Please start the first lot.</p>`), "html", 0);
    const result = await insertOrUpdateBlock(item, hostileFields());
    expect(result.action).toBe("inserted");
    const inserted = item.calls.find((c) => c.method === "insertAtCursor")?.args[0] as string;
    expect(inserted).not.toMatch(/<(img|script|svg|b)\b/i);
    expectOnlyText(inserted);
  });

  it("when updating a block in an HTML body", async () => {
    const before = outlookHtml(oldBlock.html);
    const item = fakeItem(before, "html");
    const result = await insertOrUpdateBlock(item, hostileFields());
    expect(result.action).toBe("updated");
    const written = item.calls.find((c) => c.method === "replaceBody")?.args[0] as string;
    const start = before.indexOf(oldBlock.html);
    const end = written.length - (before.length - start - oldBlock.html.length);
    expect(written.slice(0, start)).toBe(before.slice(0, start));
    expectOnlyText(written.slice(start, end));
  });
});
