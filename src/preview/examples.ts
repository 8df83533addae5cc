/** Realistic emails for the preview: a reply on the order thread, with signature and quoted thread. */

export type ExampleId = "vague" | "clean" | "shipping";

export interface Example {
  id: ExampleId;
  label: string;
  subject: string;
  /** Outlook-style HTML (one <div> per line, a reply header block above the quoted message). */
  html: string;
}

const SIGNATURE = [
  "<div>Dana Ortiz<br>Purchasing Lead | Acme Robotics<br>+1 555 0142</div>",
].join("");

const QUOTED_THREAD = [
  '<hr style="display:inline-block;width:98%" tabindex="-1">',
  '<div id="divRplyFwdMsg" dir="ltr"><b>From:</b> Marco Bellini &lt;marco@jcprintfarm.example&gt;<br>',
  "<b>Sent:</b> Tuesday, March 4, 2025 9:12 AM<br>",
  "<b>To:</b> Dana Ortiz &lt;dana.ortiz@acmerobotics.example&gt;<br>",
  "<b>Subject:</b> RE: PO 4512 – sensor bracket samples</div>",
  "<div><br></div>",
  "<div>Hi Dana,</div>",
  "<div><br></div>",
  "<div>The three samples of the sensor bracket (rev C7, black PETG) shipped yesterday. Once you approve, ",
  "we can start on the 150 units of PO 4512. How many should we run in the first lot, and what happens with the rest?</div>",
  "<div><br></div>",
  "<div>Best regards,<br>Marco Bellini<br>JC Print Farm</div>",
].join("");

export const EXAMPLES: readonly Example[] = [
  {
    id: "vague",
    label: "Vague reply: “Go ahead with the first batch”",
    subject: "RE: PO 4512 – sensor bracket samples",
    html: [
      "<div>Hi Marco,</div>",
      "<div><br></div>",
      "<div>Samples look great. Go ahead with the first batch.</div>",
      "<div><br></div>",
      "<div>Thanks,</div>",
      "<div>Dana</div>",
      "<div><br></div>",
      SIGNATURE,
      "<div><br></div>",
      QUOTED_THREAD,
    ].join(""),
  },
  {
    id: "clean",
    label: "Clean first-lot release",
    subject: "RE: PO 4512 – sensor bracket samples",
    html: [
      "<div>Hi Marco,</div>",
      "<div><br></div>",
      "<div>The samples passed our fit check. For PO 4512 (150 units), please:</div>",
      "<ul>",
      "<li>Approve lot 1 for 25 units from revision C7 in black PETG.</li>",
      "<li>Do not start the remaining 125 units yet.</li>",
      "<li>Keep the balance on hold pending install feedback from lot 1.</li>",
      "<li>Dana Ortiz (purchasing) will approve lot 2 in writing after that review.</li>",
      "</ul>",
      "<div>Thanks,</div>",
      "<div>Dana</div>",
      "<div><br></div>",
      SIGNATURE,
      "<div><br></div>",
      QUOTED_THREAD,
    ].join(""),
  },
  {
    id: "shipping",
    label: "Shipping question (not a release)",
    subject: "RE: PO 4512 – sample shipment",
    html: [
      "<div>Hi Marco,</div>",
      "<div><br></div>",
      "<div>Quick question on the samples: which carrier did you use, and do you have a tracking number? ",
      "Our receiving dock closes at 3 pm on Fridays.</div>",
      "<div><br></div>",
      "<div>Thanks,</div>",
      "<div>Dana</div>",
      "<div><br></div>",
      SIGNATURE,
      "<div><br></div>",
      QUOTED_THREAD,
    ].join(""),
  },
];

export function findExample(id: string | null | undefined): Example {
  return EXAMPLES.find((e) => e.id === id) ?? EXAMPLES[0]!;
}
