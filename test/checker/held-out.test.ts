/**
 * Emails written apart from the public corpus, in other words than its cases, to keep the rules
 * honest: each names the report it should get and why.
 */
import { analyze } from "../../src/checker";

const cases: Array<[string, string, string, string]> = [
  ["prose release with numbers in words", "first-lot", "clean",
    "Hi Ola,\n\nWe approve the first lot: twenty-five (25) brackets from bracket_v3.step in PA12 grey. Please do not print the remaining 175 brackets on PO 5521 - they stay frozen until our line trial on 9 March has passed. Only Mette Holm (Operations Lead) can release lot 2.\n\nBest,\nJonas Berg"],
  ["'start some' with the rest left for later", "first-lot", "vague",
    "Ola - please start some of the brackets this week, we'll figure out the rest later.\nJonas"],
  ["samples only, production held with an owner", "sample-only", "clean",
    "Hi Ola,\n\nPlease print 2 samples only of the clip (rev D, PETG black). The 500 production clips on PO 77 are not released; production is considered after our fit check on 3 April, and only Mette Holm (Purchasing Manager) can release production.\n\nJonas Berg"],
  ["a lead-time question", "not-a-release", "not-a-release",
    "Hi Ola, quick question: what's the lead time for 500 more brackets in PA12? Thanks, Jonas"],
  ["hold after sample approval until a ship-to address", "hold", "clean",
    "Hi Ola,\n\nThe sample is approved, but please hold production of the 300 units until our customer confirms the ship-to address on 12 May. After that Mette Holm (Logistics Manager) will send the production release.\n\nJonas Berg"],
  ["a paid invoice presented as a go-ahead", "payment-trigger", "vague",
    "Invoice 4411 is paid, so go ahead and print them.\nJonas"],
  ["capacity-defined pickup", "shipment-window", "vague",
    "Send whatever is ready by the Friday pickup and keep the rest coming.\nJonas"],
  ["full order with no package", "full-production", "vague",
    "Design frozen - release the full order please.\nJonas"],
  ["fl: table form w/ qty words", "first-lot", "clean",
    "Hello Petra,\n\nPO 3310 \u2013 hinge cover HC-12 (total 400 pcs)\nFirst lot: one hundred and twenty (120) pcs \u2014 release now\nRemainder: 280 pcs on hold, please don't nest them\nFile/material: hc12_revD.step (rev D), PETG white\nGate for lot 2: successful fit validation at our Brno line\nLot 2 sign-off: Tomas Novak, Quality Manager\n\nKind regards,\nIrena Svobodova"],
  ["fl: go ahead bound", "first-lot", "clean",
    "Hi Sam,\n\nGo ahead with lot 1 \u2014 exactly 50 units of the knob K-9, rev B2, black ABS. Please keep the other 150 units on hold until our customer has signed off the first 50. After that, only our Purchasing Manager, Lena Voss, can release lot 2.\n\nThanks,\nMarc Keller"],
  ["fl: missing trigger approver", "first-lot", "incomplete",
    "Hi Sam,\n\nPlease run 40 pcs of the lever arm (rev 4, PA12 black) now and hold the remaining 160 pcs.\n\nThanks,\nMarc"],
  ["fl: 'few plates'", "first-lot", "vague",
    "Sam, run a few plates of the lever arms to start, rev 4 in PA12, hold the rest until QA has checked them. Lena Voss (QA Lead) will release the rest.\nMarc"],
  ["fl: ship what you have", "first-lot", "vague",
    "Sam - just ship what you have of the brackets by Friday and we'll decide on the rest next month.\nMarc"],
  ["fp clean", "full-production", "clean",
    "Hi Sam,\n\nFull production release for PO 8812: all 600 units of the drain cover DC-3, rev F (dc3_revF.step), ASA black. Start now, complete by 20 March. Authorised by me, Lena Voss, Head of Purchasing.\n\nLena Voss"],
  ["ot: thanks for samples", "not-a-release", "not-a-release",
    "Hi Sam,\n\nThe three samples arrived this morning, thank you. Our team will test them next week and I'll be in touch.\n\nMarc"],
  ["ot: price question", "not-a-release", "not-a-release",
    "Hi Sam, can you send us a price for 1,000 pcs of the bracket in PA12? We are planning next year's budget.\nMarc"],
  ["sw: window ok", "shipment-window", "clean",
    "Hi Sam,\n\nFor the delivery window 2-6 June only: 48 pcs of the clip (rev C, PETG grey). The remaining 144 pcs are not released. The next window is decided after our stock count on 30 May, and only Lena Voss (Supply Planner) can release it.\n\nMarc Keller"],
  ["pause simple", "pause", "clean",
    "Hi Sam,\n\nPlease pause lot 1 at 30 pcs instead of 60 (rev D, PA12 grey): the other 30 go back on hold with the 140 never released, so 170 pcs are now held. Nothing more is released until our ECN-88 is approved; only I can restart it.\n\nMarc Keller\nBuyer"],
  ["fl: quoted adoption", "first-lot", "clean",
    "Hi Sam,\n\nConfirmed - use the quantities you proposed below: lot 1 goes ahead as proposed.\n\nMarc Keller\nPurchasing Manager\n\n-----Original Message-----\nFrom: Sam <sam@shop.example>\nSent: Monday\nSubject: lot 1\n\nProposal: Lot 1 = 30 pcs, rev B, PETG black. The other 90 stay on hold until your fit test. Lot 2 released by Marc Keller (Purchasing Manager)."],
  ["fl: continue printing", "first-lot", "vague",
    "Sam, lot 1 looks fine, continue printing until we say stop.\nMarc"],
  ["table row release", "first-lot", "clean",
    "Hi Jan,\n\nRelease for PO 7001:\nPart | Qty | Status\nfan shroud FS-8 rev C, PETG black | 30 pcs | released now\nfan shroud FS-8 | 170 pcs | on hold\nLot 2 opens after the customer acceptance test on 14 April; lot 2 is approved only by J\u00fcrgen Wei\u00df (Procurement Lead).\n\nGr\u00fc\u00dfe,\nAnke M\u00fcller"],
  ["approver COO", "first-lot", "clean",
    "Hi Jan,\n\nPlease release lot A: 20 units, rev 2, PA11 natural. The other 80 units stay on hold until we receive the CoC and the inspection report for lot A. Lot B will be approved by our COO, Mark Reyes.\n\nAnke"],
  ["do not go ahead", "hold", "incomplete",
    "Hi Jan,\n\nPlease do not go ahead with production yet - we are still waiting for the drawing update from our customer. We'll let you know.\n\nAnke"],
  ["cancel lot", "not-a-release", "not-a-release",
    "Hi Jan, please cancel our order 4410, the project was stopped. Let me know about any cancellation fee.\nAnke"],
  ["vague 'proceed as discussed'", "first-lot", "vague",
    "Hi Jan, all good, proceed as discussed on the call.\nAnke"],
  ["sample loop", "sample-only", "incomplete",
    "Hi Jan,\n\nPlease print 5 more samples in TPU 95A (rev 7) for our drop test on 2 May. No production yet: the 300 pcs stay on hold.\n\nAnke M\u00fcller\nEngineering"],
  ["first lot, lot id only", "first-lot", "clean",
    "Hi Jan,\n\nYou can start LOT-2026-031 now (rev E, PA12 grey, as per the lot plan). Lots 032-034 are not released. Next lot: after our incoming inspection report on LOT-2026-031; only Anke M\u00fcller (Quality Lead) can release it.\n\nAnke M\u00fcller"],
  ["numbers and rest later", "first-lot", "vague",
    "Jan - start with a small batch of the covers in PETG, we'll confirm numbers and the rest later.\nAnke"],
];

describe("held-out emails", () => {
  it.each(cases)("%s", (_name, kind, verdict, text) => {
    const r = analyze(text);
    expect([r.kind, r.verdict]).toEqual([kind, verdict]);
  });
});
