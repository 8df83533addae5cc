import { buildBlock } from "../../src/checker";
import { BlockInsertError, INSERT_MESSAGES, insertBlock, insertOrUpdateBlock } from "../../src/builder/insert";
import { OfficeCallError } from "../../src/office/types";
import { NEW_FIELDS, OLD_FIELDS, newBlock, oldBlock, outlookHtml, plainTextBody, quotedBlock } from "./fixtures";
import { fakeItem } from "./fakeItem";

const GREETING_HTML = outlookHtml(`<p class="MsoNormal">Please start the first lot.<o:p></o:p></p>`);

describe("insertOrUpdateBlock", () => {
  it("inserts HTML at the cursor of an HTML body", async () => {
    const at = GREETING_HTML.indexOf(`<p class="MsoNormal">Best regards`);
    const item = fakeItem(GREETING_HTML, "html", at);
    const result = await insertOrUpdateBlock(item, NEW_FIELDS);
    expect(result).toEqual({ action: "inserted", message: INSERT_MESSAGES.inserted, bodyType: "html" });
    expect(item.calls.find((c) => c.method === "insertAtCursor")?.args).toEqual([newBlock.html, "html"]);
    expect(item.body).toBe(GREETING_HTML.slice(0, at) + newBlock.html + GREETING_HTML.slice(at));
    expect(item.calls.some((c) => c.method === "replaceBody")).toBe(false);
  });

  it("reads the body type first, and inserts text (never HTML) into a plain-text body", async () => {
    const body = plainTextBody("Please start the first lot.");
    const item = fakeItem(body, "text", body.indexOf("Best regards"));
    const result = await insertOrUpdateBlock(item, NEW_FIELDS);
    expect(item.calls[0].method).toBe("getBodyType");
    expect(result.action).toBe("inserted");
    const insert = item.calls.find((c) => c.method === "insertAtCursor");
    expect(insert?.args[1]).toBe("text");
    expect(insert?.args[0]).toBe(`\n${newBlock.text}\n`);
    expect(String(insert?.args[0])).not.toMatch(/<[a-z]/i);
    expect(item.calls.some((c) => c.method === "getBodyHtml")).toBe(false);
  });

  it("updates the block of an HTML body in place, every other byte unchanged", async () => {
    const before = outlookHtml(oldBlock.html);
    const item = fakeItem(before, "html");
    const result = await insertOrUpdateBlock(item, NEW_FIELDS);
    expect(result).toEqual({ action: "updated", message: INSERT_MESSAGES.updated, bodyType: "html" });
    expect(item.calls.find((c) => c.method === "replaceBody")?.args[1]).toBe("html");
    expect(item.body).toBe(before.replace(oldBlock.html, newBlock.html));
    expect(item.body).toContain(quotedBlock.html);
    expect(item.calls.some((c) => c.method === "insertAtCursor")).toBe(false);
  });

  it("updates the block of a plain-text body in place", async () => {
    const before = plainTextBody(oldBlock.text);
    const item = fakeItem(before, "text");
    const result = await insertOrUpdateBlock(item, NEW_FIELDS);
    expect(result.action).toBe("updated");
    expect(item.calls.find((c) => c.method === "replaceBody")?.args[1]).toBe("text");
    expect(item.body).toBe(before.replace(oldBlock.text, newBlock.text));
  });

  it("inserts a new block and names the old one when updating is not provably safe", async () => {
    const lines = oldBlock.text.split("\n");
    lines.splice(2, 0, "PS: bag them in tens.");
    const before = plainTextBody(lines.join("\n"));
    const item = fakeItem(before, "text", before.indexOf("Best regards"));
    const result = await insertOrUpdateBlock(item, NEW_FIELDS);
    expect(result.action).toBe("inserted-old-block-remains");
    expect(result.oldBlock).toBe("the old block for Lot 1 – 25 units (PO 4512)");
    expect(result.message).toMatch(/^New approval block inserted at the cursor\. Release Guard left the old block for Lot 1 – 25 units \(PO 4512\) in place/);
    expect(result.message).toMatch(/Delete it by hand/);
    // Nothing was lost: the old block with the buyer's line is still there, and the new block was added.
    expect(item.body).toContain(lines.join("\n"));
    expect(item.body).toContain(newBlock.text);
    expect(item.calls.some((c) => c.method === "replaceBody")).toBe(false);
  });

  it("inserts and names both old blocks when there are two", async () => {
    const second = buildBlock({ ...OLD_FIELDS, lotId: "Lot 2", lotQuantity: 40, balanceQuantity: 85 });
    const before = outlookHtml(oldBlock.html + second.html);
    const item = fakeItem(before, "html", 0);
    const result = await insertOrUpdateBlock(item, NEW_FIELDS);
    expect(result.action).toBe("inserted-old-block-remains");
    expect(result.message).toContain("Lot 1 – 25 units");
    expect(result.message).toContain("Lot 2 – 40 units");
    expect(item.body).toBe(newBlock.html + before);
  });

  it("inserts and warns when the text view shows a block the HTML reader could not find", async () => {
    // Soft hyphens inside the block's markers: the HTML reader sees no block, Outlook's text view drops them and shows one.
    const html = `<div>Hi Sam,</div><p>${oldBlock.text.replace("Release approval", "Re&shy;lease approval").replace("[Release Guard v1]", "[Release&shy; Guard v1]").split("\n").join("</p><p>")}</p>`;
    const item = fakeItem(html, "html", 0);
    item.getBodyText = async () => `Hi Sam,\n${oldBlock.text}\n`;
    const result = await insertBlock(item, newBlock);
    expect(result.action).toBe("inserted-old-block-remains");
    expect(result.message).toBe(`${INSERT_MESSAGES.remainsPrefix} ${INSERT_MESSAGES.unsureOld}`);
    expect(item.body).toBe(newBlock.html + html);
  });

  it("surfaces a failed insert as a clear error and leaves the body as it was", async () => {
    const body = plainTextBody("Please start the first lot.");
    const item = fakeItem(body, "text");
    item.fail.insertAtCursor = new OfficeCallError("setSelectedDataAsync", "The operation failed because the item is being saved", 5001);
    const error = await insertOrUpdateBlock(item, NEW_FIELDS).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BlockInsertError);
    expect((error as Error).message).toMatch(/^The approval block could not be inserted \(setSelectedDataAsync failed: The operation failed because the item is being saved \(code 5001\)\)\. Your message was not changed/);
    expect(item.body).toBe(body);
  });

  it("surfaces a failed update as a clear error and leaves the body as it was", async () => {
    const before = outlookHtml(oldBlock.html);
    const item = fakeItem(before, "html");
    item.fail.replaceBody = new OfficeCallError("setAsync", "Internal error", 5000);
    await expect(insertOrUpdateBlock(item, NEW_FIELDS)).rejects.toThrow(/could not be updated .*Your message was not changed/);
    expect(item.body).toBe(before);
    expect(item.calls.some((c) => c.method === "insertAtCursor")).toBe(false);
  });

  it("changes nothing when the body type or the body cannot be read", async () => {
    const typeless = fakeItem("x", "text");
    typeless.fail.getBodyType = new Error("not available");
    await expect(insertOrUpdateBlock(typeless, NEW_FIELDS)).rejects.toThrow(/HTML or plain text, so it changed nothing/);
    const unreadable = fakeItem("x", "html");
    unreadable.fail.getBodyHtml = new Error("not available");
    await expect(insertOrUpdateBlock(unreadable, NEW_FIELDS)).rejects.toThrow(/could not read your message, so it changed nothing/);
    expect(typeless.calls.concat(unreadable.calls).some((c) => c.method === "insertAtCursor" || c.method === "replaceBody")).toBe(false);
  });
});
