/** Realistic bodies and fields shared by the builder tests. */
import { buildBlock } from "../../src/checker";
import type { BlockFields, Report } from "../../src/checker/types";

export const OLD_FIELDS: BlockFields = {
  lotId: "Lot 1",
  lotQuantity: 25,
  unit: "units",
  orderTotal: 150,
  balanceQuantity: 125,
  orderRef: "PO 4512",
  trigger: "install feedback from lot 1",
  revision: "C7",
  material: "black PETG",
  approverName: "Dana Ortiz",
  approverRole: "Purchasing Manager",
  needBy: "4 December 2026",
};

export const NEW_FIELDS: BlockFields = {
  ...OLD_FIELDS,
  lotQuantity: 30,
  balanceQuantity: 120,
  revision: "C8",
  material: "black PETG, matte",
};

/** An earlier approval, as it appears inside the quoted thread. */
export const QUOTED_FIELDS: BlockFields = {
  ...OLD_FIELDS,
  lotId: "Lot 0",
  lotQuantity: 5,
  balanceQuantity: 145,
  revision: "C6",
  trigger: "fit check of the samples",
};

export const oldBlock = buildBlock(OLD_FIELDS);
export const newBlock = buildBlock(NEW_FIELDS);
export const quotedBlock = buildBlock(QUOTED_FIELDS);

/** Outlook desktop (Word) HTML around a block: head styles, greeting, signature with an inline logo, quoted reply. */
export function outlookHtml(current: string, quoted: string = quotedBlock.html): string {
  return [
    `<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">`,
    `<head>`,
    `<meta http-equiv="Content-Type" content="text/html; charset=utf-8">`,
    `<meta name="Generator" content="Microsoft Word 15 (filtered medium)">`,
    `<!--[if !mso]><style>v\\:* {behavior:url(#default#VML);}`,
    `o\\:* {behavior:url(#default#VML);}`,
    `</style><![endif]--><style><!--`,
    `/* Font Definitions */`,
    `@font-face {font-family:"Cambria Math"; panose-1:2 4 5 3 5 4 6 3 2 4;}`,
    `p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0in; font-size:11.0pt; font-family:"Calibri",sans-serif;}`,
    `a:link, span.MsoHyperlink {color:#0563C1; text-decoration:underline;}`,
    `--></style><!--[if gte mso 9]><xml>`,
    `<o:shapedefaults v:ext="edit" spidmax="1026" />`,
    `</xml><![endif]-->`,
    `</head>`,
    `<body lang="EN-US" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">`,
    `<div class="WordSection1">`,
    `<p class="MsoNormal">Hi Sam,<o:p></o:p></p>`,
    `<p class="MsoNormal"><o:p>&nbsp;</o:p></p>`,
    `<p class="MsoNormal">Thanks for the quick turnaround on the samples &#8211; they fit. Please start the first lot as below &amp; keep me posted.<o:p></o:p></p>`,
    current,
    `<p class="MsoNormal"><o:p>&nbsp;</o:p></p>`,
    `<p class="MsoNormal">Best regards,<o:p></o:p></p>`,
    `<p class="MsoNormal"><img width="120" height="40" style="width:1.25in;height:.4166in" id="Picture_x0020_1" src="cid:image001.png@01DA3C2B.5E8F1A20" alt="Acme Fixtures logo"><o:p></o:p></p>`,
    `<p class="MsoNormal"><span style="font-size:9.0pt;color:#595959">Dana Ortiz | Purchasing Manager | Acme Fixtures<o:p></o:p></span></p>`,
    `<p class="MsoNormal"><o:p>&nbsp;</o:p></p>`,
    `<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in">`,
    `<p class="MsoNormal"><b>From:</b> Sam Lee &lt;sam@printfarm.example&gt; <br>`,
    `<b>Sent:</b> Monday, November 2, 2026 9:14 AM<br>`,
    `<b>To:</b> Dana Ortiz &lt;dana@acme.example&gt;<br>`,
    `<b>Subject:</b> RE: PO 4512 brackets<o:p></o:p></p>`,
    `</div>`,
    `<p class="MsoNormal"><o:p>&nbsp;</o:p></p>`,
    `<p class="MsoNormal">Hi Dana, the samples shipped today. For reference, your earlier approval:<o:p></o:p></p>`,
    quoted,
    `<p class="MsoNormal"><img width="64" height="64" src="cid:image002.jpg@01DA3C2B.5E8F1A20"><o:p></o:p></p>`,
    `<p class="MsoNormal">Sam<o:p></o:p></p>`,
    `</div>`,
    `</body>`,
    `</html>`,
  ].join("\r\n");
}

/** How Outlook may rewrite the block's markup: its div gone, each line a Word paragraph. */
export function wordParagraphs(text: string): string {
  return text
    .split("\n")
    .map((line, i) => {
      const esc = line.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
      const colon = esc.indexOf(":");
      const inner = i === 0 ? `<b>${esc}</b>` : colon > 0 && !esc.startsWith("[") ? `<b>${esc.slice(0, colon + 1)}</b>${esc.slice(colon + 1)}` : esc;
      return `<p class="MsoNormal">${inner.replace(/ – /g, " &#8211; ")}<o:p></o:p></p>`;
    })
    .join("\r\n");
}

/** A plain-text reply: greeting, the buyer's sentences, a signature and an Outlook-quoted thread. */
export function plainTextBody(current: string, quoted: string = quotedBlock.text): string {
  return [
    "Hi Sam,",
    "",
    "Thanks for the quick turnaround on the samples – they fit. Please start the first lot as below.",
    "",
    current,
    "",
    "Best regards,",
    "Dana Ortiz",
    "Purchasing Manager | Acme Fixtures",
    "",
    "-----Original Message-----",
    "From: Sam Lee <sam@printfarm.example>",
    "Sent: Monday, November 2, 2026 9:14 AM",
    "To: Dana Ortiz <dana@acme.example>",
    "Subject: RE: PO 4512 brackets",
    "",
    "Hi Dana, the samples shipped today. For reference, your earlier approval:",
    quoted,
    "",
    "Sam",
  ].join("\n");
}

/** A report built by hand, as the checker would return it for "25 units, rev C7, black PETG…". */
export function handReport(body: string): Report {
  const ev = (text: string) => {
    const start = body.indexOf(text);
    if (start === -1) throw new Error(`fixture: "${text}" not in body`);
    return [{ range: [start, start + text.length] as [number, number], text }];
  };
  return {
    kind: "first-lot",
    verdict: "incomplete",
    details: {
      lot: { status: "present", evidence: ev("approve lot 1 for 25 units"), message: "" },
      balance: { status: "present", evidence: ev("do not start the remaining 125 units"), message: "" },
      trigger: { status: "present", evidence: ev("keep the balance on hold pending install feedback from the first lot"), message: "" },
      revisionMaterial: { status: "present", evidence: ev("rev C7, black PETG"), message: "" },
      approver: { status: "missing", evidence: [], message: "Name who approves lot 2" },
    },
    findings: [],
    quantities: { released: 25, onHold: 125, total: null, unit: "units" },
  };
}

export const VAGUE_BODY = [
  "Hi Sam,",
  "",
  "Samples look good. Please approve lot 1 for 25 units, rev C7, black PETG.",
  "Please do not start the remaining 125 units yet, and keep the balance on hold pending install feedback from the first lot.",
  "We will let you know about the rest.",
  "",
  "Thanks,",
  "Dana",
  "",
  "-----Original Message-----",
  "From: Sam Lee <sam@printfarm.example>",
  "Sent: Monday, November 2, 2026 9:14 AM",
  "Subject: RE: PO 4512 brackets",
  "",
  "Quote attached for PO 9999, rev B2 in white PLA.",
].join("\n");
