import { findingTable } from "./ruleTester";

describe("vague-release", () => {
  findingTable("vague-release", [
    { name: "flags the classic 'go ahead with the first batch'", text: "Hi Piet,\n\nSamples look great. Go ahead with the first batch.\n\nThanks,\nJoris", errors: [["genericLot", "Go ahead with the first batch"]] },
    { name: "flags 'start a few and we will tell you later'", text: "Hi Ana, start a few and we will tell you later.\nBen", errors: [["capacity", "start a few and we will tell you later"]] },
    { name: "flags capacity wording 'run what you can'", text: "Morning Lars, run what you can this week on the new clips.\n\nMaja", errors: [["capacity", "run what you can this week on the new clips"]] },
    { name: "flags 'ship what you have'", text: "Just ship what you have by Friday.", errors: [["capacity", "ship what you have by Friday"]] },
    { name: "flags a size handed to the shop", text: "Lot 1: up to you how many, you know the printers.", errors: [["shopDecides", "up to you"]] },
    { name: "flags release by default", text: "Print lot 1 (20 pcs) and carry on into lot 2 unless you hear otherwise.", errors: [["openEnded", "carry on into lot 2 unless you hear otherwise"]] },
    { name: "flags 'balance to follow'", text: "Lot 1 = 20 pcs now, balance to follow.", errors: [["openEnded", "balance to follow"]] },
    { name: "flags an unbounded go-signal", text: "Design review closed, full steam ahead on the housings!", errors: [["unbounded", "full steam ahead on the housings!"]] },
    { name: "treats a go-signal bound to an exact lot in its own sentence as clean (V2)", text: "You can start production on Lot 1, exactly 25 units.", errors: [] },
    { name: "treats a go-signal bound in a list item as clean (C3)", text: "- Go ahead for lot 1 only: 30 pcs\n- Lot 2 stays on hold", errors: [] },
    { name: "treats a negated go-ahead as a hold, not a release", text: "Please do not go ahead with the first batch until the drawing is fixed.", errors: [] },
    { name: "ignores a go-ahead about e-mailing a link (V3)", text: "Go ahead and email the tracking link to receiving.", errors: [] },
    { name: "ignores the writer's own lab continuing a test (V3)", text: "Our lab will continue the UV run on the samples.", errors: [] },
    { name: "ignores reported speech", text: "You said last week that we could go ahead with the first batch; that is not the case.", errors: [] },
    { name: "ignores vague wording in the quoted thread", text: "Lot 1: 12 pcs.\n\nOn Mon, 3 Nov 2025 at 09:00, Kim <kim@shop.example> wrote:\n> Shall we just run what we can?", errors: [] },
    { name: "does not read 'started' or 'printing' alone as go-signals", text: "We started the review yesterday and the printing quality is fine.", errors: [] },
  ]);
});
