import * as fs from "fs";
import * as path from "path";
import { decodeInput, formatFromName, htmlBodyToText, looksLikeHtml, looksLikeMime } from "../../src/cli/input";

const fixture = (name: string) => path.join(__dirname, "../fixtures/cli", name);
const read = (name: string) => fs.readFileSync(fixture(name));

async function textOf(name: string): Promise<{ text: string; format: string }> {
  const r = await decodeInput(name, read(name));
  if (!r.ok) throw new Error(`${name}: ${r.reason}`);
  return r;
}

describe("formatFromName", () => {
  it.each([
    ["po-4512.txt", "text"],
    ["REPLY.TXT", "text"],
    ["body.html", "html"],
    ["body.htm", "html"],
    ["Release lot 1.eml", "eml"],
    ["archive/2025/msg.EML", "eml"],
  ])("reads %s as %s", (name, format) => {
    expect(formatFromName(name)).toBe(format);
  });

  it.each(["", "-", "notes", "release.md", "mail.msg"])("leaves %j to the content", (name) => {
    expect(formatFromName(name)).toBeUndefined();
  });
});

describe("plain text", () => {
  it("is analyzed exactly as written, CRLF line ends included", async () => {
    const r = await textOf("vague-thread-crlf.txt");
    expect(r.format).toBe("text");
    expect(r.text).toBe(read("vague-thread-crlf.txt").toString("utf8"));
    expect(r.text).toContain("We will tell you later about the rest.\r\n\r\nCheers,\r\n");
  });

  it("keeps the quoted thread of a reply", async () => {
    const r = await textOf("quoted-thread.txt");
    expect(r.text).toContain("On Tue, 4 Nov 2025 at 10:05, Felix Amundsen <felix@bedrock-am.example> wrote:\n> Hi Hanne,");
  });

  it("refuses text that is not UTF-8 and says why", async () => {
    const r = await decodeInput("latin1.txt", read("latin1.txt"));
    expect(r).toEqual({ ok: false, reason: "not UTF-8 text (binary file or another encoding)" });
  });

  it("refuses a binary file whatever its name", async () => {
    for (const name of ["logo.png", "logo.txt", "logo.html", "logo.eml"]) {
      expect(await decodeInput(name, read("logo.png"))).toEqual({ ok: false, reason: "binary file (contains NUL bytes)" });
    }
  });

  it("accepts an empty file as empty text", async () => {
    expect(await decodeInput("empty.txt", Buffer.alloc(0))).toEqual({ ok: true, text: "", format: "text" });
  });
});

describe("HTML bodies", () => {
  it("keeps list items as '- ' lines, one per item", async () => {
    const r = await textOf("release-list.html");
    expect(r.format).toBe("html");
    const lines = r.text.split("\n");
    expect(lines).toEqual(
      expect.arrayContaining([
        "- Lot 1: 40 pcs of hinge cover HC-12",
        "- Technical package: rev D (hc12_revD.step), black PETG",
        "- Balance: the remaining 160 pcs stay on hold – do not print them",
        "- Next step: lot 2 opens after fit validation on our assembly line",
        "- Next-lot approver: Priya Natarajan, Purchasing Manager",
      ]),
    );
  });

  it("puts each table row on one line with its cells in order", async () => {
    const r = await textOf("release-list.html");
    expect(r.text).toContain("Item | Qty | Status\nLot 1 | 40 pcs | released\nLot 2 & 3 | 160 pcs | on hold\nOrder total | 200 pcs");
  });

  it("keeps the signature lines and drops link addresses, images and style sheets", async () => {
    const r = await textOf("release-list.html");
    expect(r.text).toMatch(/Best regards,\n\nPriya Natarajan\nPurchasing Manager \| Ridgeline Instruments\npriya\.natarajan@ridgeline\.example\n\+1 555 0142$/);
    expect(r.text).toContain("first lot of the PO 7731 hinge covers");
    expect(r.text).not.toMatch(/https?:|mailto:|cid:|\[|margin|Ridgeline logo/);
  });

  it("renders Outlook's MsoNormal paragraphs one per line and keeps the From:/Sent: header block", async () => {
    const r = await textOf("outlook-reply.html");
    expect(r.text.startsWith("Hi Tomasz,\n\nLooks good, go ahead with the first batch.\n\nThanks,\nOskar\n\n")).toBe(true);
    expect(r.text).toContain(
      "From: Tomasz Wróbel <tomasz@layerline-print.example>\nSent: Monday, 3 November 2025 09:12\nTo: Oskar Lindqvist <oskar.lindqvist@fjordmotion.example>\nSubject: RE: PO 5520",
    );
    expect(r.text).not.toContain("font-family");
  });

  it("turns a Gmail blockquote into '> ' lines under its 'On … wrote:' line", async () => {
    const r = await textOf("gmail-quote.html");
    expect(r.text).toBe(
      "Hi Lena,\n\nPlease hold everything for now, I'll confirm on Monday.\n\nJonas\n\n" +
        "On Thu, Nov 6, 2025 at 4:02 PM Lena Brandt <lena@brandt-additive.example> wrote:\n\n" +
        "> Hi Jonas,\n> shall we run all 300 brackets now?",
    );
  });

  it("writes an Outlook <hr> as the underscore line Outlook's text version uses", () => {
    expect(htmlBodyToText("<p>Thanks,<br>Ana</p><hr><p><b>From:</b> Lior</p>")).toBe(
      "Thanks,\nAna\n\n" + "_".repeat(32) + "\n\nFrom: Lior",
    );
  });

  it("decodes entities and non-breaking spaces", () => {
    expect(htmlBodyToText("<p>Lot&nbsp;1: 25&nbsp;pcs &amp; rev&nbsp;C7 &lt;final&gt;</p>")).toBe("Lot 1: 25 pcs & rev C7 <final>");
  });

  it("gives empty text for an empty body", () => {
    expect(htmlBodyToText("")).toBe("");
    expect(htmlBodyToText("<html><body></body></html>")).toBe("");
  });
});

describe(".eml messages", () => {
  it("uses the text part of a multipart/alternative message, decoded from quoted-printable", async () => {
    const r = await textOf("multipart-release.eml");
    expect(r.format).toBe("eml");
    expect(r.text).toBe(
      "Hi Jules,\n\nRelease for PO 6120 (handle grip HG-2, 300 pcs ordered):\n\n" +
        "- Lot 1: 50 pcs, rev F (hg2_revF.step), TPU 95A black\n" +
        "- Balance: the remaining 250 pcs are on hold – do not start them\n" +
        "- Lot 2 opens after the usability panel on 20 November signs off lot 1\n" +
        "- Next-lot approver: Amara Okafor, Procurement Lead\n\n" +
        "Thank you,\nAmara Okafor\nProcurement Lead · Veldt Medical\n",
    );
    expect(r.text).not.toContain("HTML PART MARKER");
    expect(r.text).not.toContain("Subject");
  });

  it("converts the HTML part of an HTML-only message with the same rules as .html files", async () => {
    const r = await textOf("html-only.eml");
    expect(r.text).toBe(
      "Hi Bao,\n\nThanks for the quote. To be clear, this email does not release anything yet.\n\n" +
        "- Samples: 3 pcs of the valve cap, rev A, grey SLA resin\n" +
        "- Production: nothing until the samples pass our leak test\n\n" +
        "Best,\nIlse Vermeulen\nBuyer, Kanaal Pumps",
    );
  });

  it("decodes the charset the message declares (ISO-8859-1 here)", async () => {
    const r = await textOf("latin1-thanks.eml");
    expect(r.text).toBe("Bonjour Piet,\n\nMerci pour la livraison de mardi, tout est arrivé en bon état.\n\nRenée\n");
  });
});

describe("sniffing inputs without a known extension", () => {
  it("recognises a whole message by its MIME headers", async () => {
    const r = await textOf("message-no-extension");
    expect(r.format).toBe("eml");
    expect(r.text).toBe((await textOf("multipart-release.eml")).text);
  });

  it("recognises an HTML body", async () => {
    const r = await textOf("body-no-extension");
    expect(r.format).toBe("html");
    expect(r.text).toBe((await textOf("gmail-quote.html")).text);
  });

  it("reads anything else as plain text", async () => {
    const r = await textOf("note-no-extension");
    expect(r.format).toBe("text");
    expect(r.text).toBe(read("tracking-question.txt").toString("utf8"));
  });

  it("does not take a pasted Outlook quote header for a MIME message", () => {
    const pasted = "From: Dana Ortiz <dana@northwind.example>\nSent: Monday, 3 November 2025 09:12\nTo: Marek\nSubject: RE: PO 4418\n\nHi Marek";
    expect(looksLikeMime(pasted)).toBe(false);
    expect(looksLikeMime("Subject: lot 1\nTo: shop\n\nbody")).toBe(false);
    expect(looksLikeMime("MIME-Version: 1.0\r\nFrom: a@b.example\r\nSubject: x\r\n\r\nbody")).toBe(true);
    expect(looksLikeMime("Received: from x\n\tby y\nFrom: a@b.example\n\nbody")).toBe(true);
  });

  it("does not take text that mentions angle brackets for HTML", () => {
    expect(looksLikeHtml("Please print <50 pcs> of lot 1 and hold the rest > 100.")).toBe(false);
    expect(looksLikeHtml("Hi,\nthe file is bracket<revC>.step\nThanks")).toBe(false);
    expect(looksLikeHtml("  <!DOCTYPE html><html><body>Hi</body></html>")).toBe(true);
    expect(looksLikeHtml("<p>Hi</p>")).toBe(true);
    expect(looksLikeHtml("Hi Dana,<br>\nplease hold lot 2.<br>\n<p>Thanks</p>")).toBe(true);
  });
});
