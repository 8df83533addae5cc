import { analyze, buildBlock, findBlockInText, findBlocksInText, parseSummaryLine, SUMMARY_PREFIX } from "../../src/checker";
import type { BlockFields } from "../../src/checker";

const FIELDS: BlockFields = {
  lotId: "Lot 1",
  lotQuantity: 25,
  unit: "units",
  orderTotal: 150,
  orderRef: "PO 4512",
  trigger: "install feedback from lot 1",
  revision: "C7",
  material: "black PETG",
  approverName: "Dana Ortiz",
  approverRole: "Purchasing Manager",
  needBy: "4 December 2026",
};

describe("buildBlock", () => {
  it("writes the release, hold, trigger, technical package and approver lines in that order", () => {
    const lines = buildBlock(FIELDS).text.split("\n");
    expect(lines[0]).toBe("Release approval (Release Guard) \u2013 PO 4512");
    expect(lines[1]).toBe("Release now: Lot 1 \u2013 25 units (order total 150 units). Nothing beyond these 25 units is released.");
    expect(lines[2]).toBe("On hold: the remaining 125 units \u2013 do not start them; they stay on hold.");
    expect(lines[3]).toBe("Next release trigger: install feedback from lot 1. The balance stays on hold until then.");
    expect(lines[4]).toBe("Technical package: revision C7, material black PETG.");
    expect(lines[5]).toBe("Next-lot approver: only Dana Ortiz (Purchasing Manager) can release the next lot, in writing.");
    expect(lines[6]).toBe("Need by: 4 December 2026.");
    expect(lines[7].startsWith(SUMMARY_PREFIX)).toBe(true);
  });

  it("reads back clean with the same quantities", () => {
    const r = analyze(buildBlock(FIELDS).text);
    expect(r.verdict).toBe("clean");
    expect(r.kind).toBe("first-lot");
    expect(r.quantities).toEqual({ released: 25, onHold: 125, total: 150, unit: "units" });
  });

  it("parses its summary line back to the same fields", () => {
    const text = buildBlock(FIELDS).text;
    const summary = text.split("\n").find((l) => l.startsWith(SUMMARY_PREFIX)) as string;
    expect(parseSummaryLine(summary)).toEqual({ ...FIELDS, balanceQuantity: 125 });
  });

  it("keeps separators typed by the buyer inside one summary value", () => {
    const f = { ...FIELDS, trigger: "fit check | 50% sign-off\nby QA" };
    const summary = buildBlock(f).text.split("\n").find((l) => l.startsWith(SUMMARY_PREFIX)) as string;
    expect(parseSummaryLine(summary)?.trigger).toBe("fit check | 50% sign-off by QA");
  });

  it("escapes every typed value in the html", () => {
    const hostile = { ...FIELDS, lotId: "<img src=x onerror=alert(1)>", material: '"><script>alert(1)</script>', approverName: "Tom & Jerry &amp;", orderRef: "PO 'x'" };
    const { html } = buildBlock(hostile);
    expect(html).not.toContain("<img");
    expect(html).not.toContain("<script");
    expect(html).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(html).toContain("&quot;&gt;&lt;script&gt;");
    expect(html).toContain("Tom &amp; Jerry &amp;amp;");
    expect(html).toContain("PO &#39;x&#39;");
  });

  it("binds a vague go-ahead above it: the block is the instruction", () => {
    const body = `Hi Leontine,\n\nSamples look great. Go ahead with the first batch.\n\n${buildBlock(FIELDS).text}\n\nThanks,\nBenedikt`;
    const r = analyze(body);
    expect(r.verdict).toBe("clean");
    const bound = r.findings.find((f) => f.ruleId === "vague-release");
    expect(bound?.severity).toBe("info");
  });
});

describe("findBlocksInText", () => {
  it("finds the block from its header to its summary line", () => {
    const block = buildBlock(FIELDS).text;
    const body = `Hi,\n\n${block}\n\nRegards,\nDana`;
    const found = findBlockInText(body);
    expect(found).not.toBeNull();
    expect(body.slice(found!.start, found!.end)).toBe(block);
  });

  it("finds two blocks separately and none in a body without one", () => {
    const a = buildBlock(FIELDS).text;
    const b = buildBlock({ ...FIELDS, lotQuantity: 30 }).text;
    expect(findBlocksInText(`${a}\n\nmiddle\n\n${b}`).map((x) => x.fields.lotQuantity)).toEqual([25, 30]);
    expect(findBlocksInText("Hi, no block here. [Release Guard v1] broken")).toEqual([]);
  });

  it("handles CRLF bodies", () => {
    const block = buildBlock(FIELDS).text.replace(/\n/g, "\r\n");
    const body = `Hi,\r\n\r\n${block}\r\n\r\nDana`;
    const found = findBlockInText(body)!;
    expect(body.slice(found.start, found.end)).toBe(block);
  });
});
