import { buildBlock } from "../../src/checker";
import { replaceBlockInHtml, replaceBlockInText, textHasCurrentBlock, htmlHasCurrentBlock } from "../../src/builder/replace";
import { OLD_FIELDS, newBlock, oldBlock, outlookHtml, plainTextBody, quotedBlock, wordParagraphs } from "./fixtures";

/** Asserts `after` is `before` with exactly `before.slice(start, end)` swapped for `replacement`. */
function expectOnlySpanReplaced(before: string, after: string, oldSpan: string, replacement: string): void {
  const start = before.indexOf(oldSpan);
  expect(start).toBeGreaterThanOrEqual(0);
  const end = start + oldSpan.length;
  expect(after.slice(0, start)).toBe(before.slice(0, start));
  expect(after.slice(start, start + replacement.length)).toBe(replacement);
  expect(after.slice(start + replacement.length)).toBe(before.slice(end));
  expect(after.length).toBe(before.length - oldSpan.length + replacement.length);
}

describe("replaceBlockInText", () => {
  it("swaps only the current block and keeps greeting, signature and quoted thread byte for byte", () => {
    const before = plainTextBody(oldBlock.text);
    const r = replaceBlockInText(before, newBlock.text);
    if (!r.ok) throw new Error(r.reason);
    expectOnlySpanReplaced(before, r.body, oldBlock.text, newBlock.text);
    expect(r.body).toContain(quotedBlock.text); // the block inside the quoted thread is untouched
    expect(r.body.startsWith("Hi Sam,\n\nThanks for the quick turnaround")).toBe(true);
    expect(r.body.endsWith("Hi Dana, the samples shipped today. For reference, your earlier approval:\n" + quotedBlock.text + "\n\nSam")).toBe(true);
  });

  it("writes the new block with the body's own CRLF line breaks", () => {
    const before = plainTextBody(oldBlock.text).replace(/\n/g, "\r\n");
    const r = replaceBlockInText(before, newBlock.text);
    if (!r.ok) throw new Error(r.reason);
    expectOnlySpanReplaced(before, r.body, oldBlock.text.replace(/\n/g, "\r\n"), newBlock.text.replace(/\n/g, "\r\n"));
  });

  it("accepts the blank lines Outlook puts between paragraphs when it turns HTML into text", () => {
    const spaced = oldBlock.text.split("\n").join("\n\n");
    const before = plainTextBody(spaced);
    const r = replaceBlockInText(before, newBlock.text);
    if (!r.ok) throw new Error(r.reason);
    expectOnlySpanReplaced(before, r.body, spaced, newBlock.text);
  });

  it("keeps the indentation in front of the block", () => {
    const before = plainTextBody("    " + oldBlock.text);
    const r = replaceBlockInText(before, newBlock.text);
    if (!r.ok) throw new Error(r.reason);
    expect(r.body).toContain("    " + newBlock.text + "\n");
  });

  it("reports no block when the only block is in the quoted thread (and leaves it alone)", () => {
    const before = plainTextBody("Lot 1 can start now.");
    const r = replaceBlockInText(before, newBlock.text);
    expect(r).toMatchObject({ ok: false, code: "no-block" });
    expect(textHasCurrentBlock(before)).toBe(false);
  });

  it("treats a block in '>' quoted lines as history", () => {
    const before = "Hi Sam,\nPlease hold.\n\nOn Mon, 2 Nov 2026 at 09:14, Sam Lee wrote:\n" + oldBlock.text.split("\n").map((l) => "> " + l).join("\n");
    expect(replaceBlockInText(before, newBlock.text)).toMatchObject({ ok: false, code: "no-block" });
  });

  it("refuses two blocks and names both", () => {
    const second = buildBlock({ ...OLD_FIELDS, lotId: "Lot 2", lotQuantity: 40, balanceQuantity: 85 });
    const r = replaceBlockInText(plainTextBody(oldBlock.text + "\n\n" + second.text), newBlock.text);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.code).toBe("several-blocks");
    expect(r.reason).toContain("Lot 1 – 25 units");
    expect(r.reason).toContain("Lot 2 – 40 units");
    expect(r.reason).toMatch(/Delete the old ones by hand/);
  });

  it("refuses when the buyer wrote inside the old block, naming the block and the text", () => {
    const lines = oldBlock.text.split("\n");
    lines.splice(3, 0, "Also, please bag them in tens.");
    const r = replaceBlockInText(plainTextBody(lines.join("\n")), newBlock.text);
    expect(r).toMatchObject({ ok: false, code: "uncertain" });
    if (r.ok) return;
    expect(r.reason).toContain("the old block for Lot 1 – 25 units (PO 4512)");
    expect(r.reason).toContain("Also, please bag them in tens.");
  });

  it("refuses a block the buyer edited by hand, since the update would drop the edit", () => {
    const edited = oldBlock.text.replace("Lot 1 – 25 units (order total", "Lot 1 – 30 units (order total");
    const r = replaceBlockInText(plainTextBody(edited), newBlock.text);
    expect(r).toMatchObject({ ok: false, code: "uncertain" });
    if (!r.ok) expect(r.reason).toMatch(/changed by hand \(“Release now: Lot 1 – 30 units/);
  });

  it("refuses a summary line with the buyer's words added to it", () => {
    const r = replaceBlockInText(plainTextBody(oldBlock.text + " Thanks!"), newBlock.text);
    expect(r).toMatchObject({ ok: false, code: "uncertain" });
  });

  it("refuses a block whose summary line was deleted", () => {
    const lines = oldBlock.text.split("\n").slice(0, -1);
    const r = replaceBlockInText(plainTextBody(lines.join("\n")), newBlock.text);
    expect(r).toMatchObject({ ok: false, code: "uncertain" });
    if (!r.ok) expect(r.reason).toMatch(/missing its last line/);
  });

  it("refuses a summary line with no header line", () => {
    const summary = oldBlock.text.split("\n").pop() as string;
    const r = replaceBlockInText(plainTextBody(summary), newBlock.text);
    expect(r).toMatchObject({ ok: false, code: "uncertain" });
    if (!r.ok) expect(r.reason).toContain("Lot 1 – 25 units");
  });

  it("reports no block on the empty string", () => {
    expect(replaceBlockInText("", newBlock.text)).toMatchObject({ ok: false, code: "no-block" });
  });
});

describe("replaceBlockInHtml", () => {
  it("swaps the marked block div and keeps head, signature, inline images and the quoted block byte for byte", () => {
    const before = outlookHtml(oldBlock.html);
    const r = replaceBlockInHtml(before, newBlock.html);
    if (!r.ok) throw new Error(r.reason);
    expectOnlySpanReplaced(before, r.body, oldBlock.html, newBlock.html);
    expect(r.body).toContain(`src="cid:image001.png@01DA3C2B.5E8F1A20"`);
    expect(r.body).toContain(`src="cid:image002.jpg@01DA3C2B.5E8F1A20"`);
    expect(r.body).toContain(quotedBlock.html);
  });

  it("finds the block by its lines when Outlook dropped the marker div and rewrote each line as a Word paragraph", () => {
    const rewritten = wordParagraphs(oldBlock.text);
    const before = outlookHtml(rewritten, wordParagraphs(quotedBlock.text));
    const r = replaceBlockInHtml(before, newBlock.html);
    if (!r.ok) throw new Error(r.reason);
    expectOnlySpanReplaced(before, r.body, rewritten, newBlock.html);
    expect(r.body).toContain(wordParagraphs(quotedBlock.text));
  });

  it("finds a block written as one paragraph with <br> line breaks", () => {
    const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
    const oneDiv = `<div>${oldBlock.text.split("\n").map(esc).join("<br>\r\n")}</div>`;
    const before = outlookHtml(oneDiv);
    const r = replaceBlockInHtml(before, newBlock.html);
    if (!r.ok) throw new Error(r.reason);
    expectOnlySpanReplaced(before, r.body, oneDiv, newBlock.html);
  });

  it("reports no block when the only block is in the quoted thread", () => {
    const before = outlookHtml(`<p class="MsoNormal">Lot 1 (25 units) can start.<o:p></o:p></p>`);
    expect(replaceBlockInHtml(before, newBlock.html)).toMatchObject({ ok: false, code: "no-block" });
    expect(htmlHasCurrentBlock(before)).toBe(false);
  });

  it("leaves a block inside a Gmail blockquote alone", () => {
    const before = `<div dir="ltr">Hi Sam,<div>Holding for now.</div></div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Mon, Nov 2, 2026 at 9:14 AM Sam Lee wrote:<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex">${oldBlock.html}</blockquote></div>`;
    expect(replaceBlockInHtml(before, newBlock.html)).toMatchObject({ ok: false, code: "no-block" });
  });

  it("treats the Outlook on the web reply marker as the start of the thread", () => {
    const before = `<div>Hi Sam, see below.</div><div id="appendonsend"></div><hr style="display:inline-block;width:98%" tabindex="-1"><div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif"><b>From:</b> Sam Lee</font></div>${oldBlock.html}`;
    expect(replaceBlockInHtml(before, newBlock.html)).toMatchObject({ ok: false, code: "no-block" });
  });

  it("refuses two current blocks and names them", () => {
    const second = buildBlock({ ...OLD_FIELDS, lotId: "Lot 2", lotQuantity: 40, balanceQuantity: 85 });
    const r = replaceBlockInHtml(outlookHtml(oldBlock.html + second.html), newBlock.html);
    expect(r).toMatchObject({ ok: false, code: "several-blocks" });
    if (!r.ok) {
      expect(r.reason).toContain("Lot 1 – 25 units");
      expect(r.reason).toContain("Lot 2 – 40 units");
    }
  });

  it("refuses when the buyer typed a paragraph inside the old block", () => {
    const inner = oldBlock.html.replace("</div>", "<p>Also, please bag them in tens.</p></div>");
    const r = replaceBlockInHtml(outlookHtml(inner), newBlock.html);
    expect(r).toMatchObject({ ok: false, code: "uncertain" });
    if (!r.ok) expect(r.reason).toContain("the old block for Lot 1 – 25 units (PO 4512)");
  });

  it("refuses a marked block whose words the buyer changed", () => {
    const edited = oldBlock.html.replace("revision C7, material black PETG", "revision C7, material black PETG, and 2 spares");
    expect(edited).not.toBe(oldBlock.html);
    const r = replaceBlockInHtml(outlookHtml(edited), newBlock.html);
    expect(r).toMatchObject({ ok: false, code: "uncertain" });
    if (!r.ok) expect(r.reason).toContain("and 2 spares");
  });

  it("refuses when an inline image sits inside the old block (it would be lost)", () => {
    const inner = oldBlock.html.replace("</div>", `<p><img src="cid:image003.png@01DA3C2B.5E8F1A20"></p></div>`);
    expect(replaceBlockInHtml(outlookHtml(inner), newBlock.html)).toMatchObject({ ok: false, code: "uncertain" });
  });

  it("refuses when buyer text sits between the rewritten block paragraphs", () => {
    const lines = wordParagraphs(oldBlock.text).split("\r\n");
    lines.splice(2, 0, `<p class="MsoNormal">Call me if the colour is off.<o:p></o:p></p>`);
    const r = replaceBlockInHtml(outlookHtml(lines.join("\r\n")), newBlock.html);
    expect(r).toMatchObject({ ok: false, code: "uncertain" });
  });

  it("refuses when the header shares a paragraph with the buyer's sentence", () => {
    const lines = wordParagraphs(oldBlock.text).split("\r\n");
    lines[0] = lines[0].replace("<b>", "Here it is: <b>");
    const r = replaceBlockInHtml(outlookHtml(lines.join("\r\n")), newBlock.html);
    expect(r).toMatchObject({ ok: false, code: "uncertain" });
  });

  it("refuses when the rewritten block's summary paragraph is gone", () => {
    const lines = wordParagraphs(oldBlock.text).split("\r\n").slice(0, -1);
    const r = replaceBlockInHtml(outlookHtml(lines.join("\r\n")), newBlock.html);
    expect(r).toMatchObject({ ok: false, code: "uncertain" });
  });

  it("refuses when the block's paragraphs sit in different containers", () => {
    const lines = wordParagraphs(oldBlock.text).split("\r\n");
    const split = `<div>${lines.slice(0, 3).join("")}</div><div>${lines.slice(3).join("")}</div>`;
    expect(replaceBlockInHtml(outlookHtml(split), newBlock.html)).toMatchObject({ ok: false, code: "uncertain" });
  });

  it("reports no block on the empty string", () => {
    expect(replaceBlockInHtml("", newBlock.html)).toMatchObject({ ok: false, code: "no-block" });
  });

  it("refuses a result longer than Outlook accepts", () => {
    const before = outlookHtml(oldBlock.html);
    const huge = newBlock.html + `<p>${"x".repeat(1_000_000)}</p>`;
    expect(replaceBlockInHtml(before, huge)).toMatchObject({ ok: false, code: "too-long" });
  });
});
