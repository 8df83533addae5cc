import {
  ERROR_MESSAGE_MAX,
  FALLBACK_ITEM,
  alertItems,
  composeAlert,
  escapeMarkdown,
  renderMarkdown,
  renderPlain,
  shorten,
} from "../../src/launchevent/alertText";
import type { Report } from "../../src/checker/types";
import { INCOMPLETE_REPORT, VAGUE_BODY, VAGUE_REPORT, finding, makeReport, missing, present } from "./fixtures";

describe("alertItems", () => {
  it("lists the vague instruction first, then each missing or vague required detail, in the buyer's words", () => {
    expect(alertItems(VAGUE_REPORT)).toEqual([
      { message: "does not say how many units", phrase: "Go ahead with the first batch" },
      { message: "Name the event that opens the next lot", phrase: "we will tell you later" },
      { message: "Lot quantity not stated" },
      { message: "Say that the rest of the order stays on hold" },
      // trigger's "Name the event that opens the next lot" is already said, with the phrase
      { message: "Name the file revision and the material" },
      { message: "Name who approves lot 2" },
    ]);
  });

  it("puts warnings after the details and skips present details", () => {
    expect(alertItems(INCOMPLETE_REPORT)).toEqual([
      { message: "Name who approves lot 2" },
      { message: "does not name who approves lot 2", phrase: "we" },
    ]);
  });

  it("leaves info findings and details the kind does not require to the task pane", () => {
    const body = "Please ship the 10 sample brackets by Friday. Thanks, Dana";
    const report = makeReport(body, {
      kind: "sample-only",
      verdict: "incomplete",
      details: {
        lot: { ...missing("Name the lot and its quantity"), required: false },
        approver: missing("Name who approves production"),
      },
      findings: [finding(body, "by Friday", "Ship date noted", { severity: "info", ruleId: "need-by" })],
    });
    expect(alertItems(report)).toEqual([{ message: "Name who approves production" }]);
  });

  it("lists info findings last when the policy reacts to them (includeInfo)", () => {
    const body = "Please ship the 10 sample brackets ASAP. Thanks, Dana";
    const report = makeReport(body, {
      kind: "sample-only",
      verdict: "incomplete",
      details: { approver: missing("Name who approves production") },
      findings: [finding(body, "ASAP", "Give a need-by date", { severity: "info", ruleId: "policy-banned-phrase" })],
    });
    expect(alertItems(report)).toEqual([{ message: "Name who approves production" }]);
    expect(alertItems(report, { includeInfo: true })).toEqual([
      { message: "Name who approves production" },
      { message: "Give a need-by date", phrase: "ASAP" },
    ]);
  });

  it("lets a finding that quotes the buyer replace a detail saying the same thing", () => {
    const body = "Go ahead, we will confirm lot 2 later.";
    const report = makeReport(body, {
      verdict: "incomplete",
      details: { approver: missing("Name who approves lot 2") },
      findings: [finding(body, "we", "Name who approves lot 2", { severity: "warning", ruleId: "approver-unnamed" })],
    });
    expect(alertItems(report)).toEqual([{ message: "Name who approves lot 2", phrase: "we" }]);
  });

  it("collapses line breaks inside the quoted phrase and drops trailing full stops", () => {
    const body = "Keep running\nunless told otherwise.";
    const report = makeReport(body, {
      verdict: "vague",
      findings: [finding(body, "Keep running\nunless told otherwise", "sets no end to the run.")],
    });
    expect(alertItems(report)).toEqual([{ message: "sets no end to the run", phrase: "Keep running unless told otherwise" }]);
  });

  it("returns nothing for a report with no problems", () => {
    expect(alertItems(makeReport("", { verdict: "clean" }))).toEqual([]);
  });
});

describe("renderPlain / renderMarkdown", () => {
  it("reads a lowercase message as continuing the quoted phrase", () => {
    const item = { message: "does not say how many units", phrase: "go ahead with the first batch" };
    expect(renderPlain(item)).toBe("“go ahead with the first batch” does not say how many units");
    expect(renderMarkdown(item)).toBe("**go ahead with the first batch** does not say how many units");
  });

  it("joins a capitalised message to the phrase with a colon", () => {
    const item = { message: "Name who approves lot 2", phrase: "we" };
    expect(renderPlain(item)).toBe("“we”: Name who approves lot 2");
    expect(renderMarkdown(item)).toBe("**we**: Name who approves lot 2");
  });

  it("does not repeat a phrase the message already quotes, and bolds it in place", () => {
    const item = { message: "“Same as last time” does not name a revision", phrase: "same as last time" };
    expect(renderPlain(item)).toBe("“Same as last time” does not name a revision");
    expect(renderMarkdown(item)).toBe("“**Same as last time**” does not name a revision");
  });

  it("matches the phrase as whole words only", () => {
    const item = { message: "however the approver is not named", phrase: "we" };
    expect(renderPlain(item)).toBe("“we” however the approver is not named");
  });

  it("escapes Markdown in the buyer's words and in messages", () => {
    expect(escapeMarkdown("rev *C7* [final] _v2_ `x` ~y~ a\\b")).toBe("rev \\*C7\\* \\[final\\] \\_v2\\_ \\`x\\` \\~y\\~ a\\\\b");
    expect(renderMarkdown({ message: "is not a revision", phrase: "bracket_*latest*" })).toBe(
      "**bracket\\_\\*latest\\*** is not a revision",
    );
  });
});

describe("shorten", () => {
  it("cuts at a word boundary and ends with an ellipsis", () => {
    expect(shorten("go ahead with the first batch", 12)).toBe("go ahead…");
    expect(shorten("go ahead with the first batch", 100)).toBe("go ahead with the first batch");
  });

  it("cuts inside a single long word when there is no space", () => {
    expect(shorten("bracket_revD_final_final2.step", 10)).toBe("bracket_r…");
  });

  it("never splits a surrogate pair", () => {
    const s = "ok 🙂🙂🙂🙂";
    const out = shorten(s, 6);
    expect(out.length).toBeLessThanOrEqual(6);
    expect(/[\uD800-\uDBFF]…$/.test(out)).toBe(false);
  });
});

describe("composeAlert", () => {
  it("says a blocked email must be fixed before sending, in both messages", () => {
    const alert = composeAlert(INCOMPLETE_REPORT, ERROR_MESSAGE_MAX, { blocked: true });
    expect(alert.message).toBe("Incomplete release — must be fixed before sending: Name who approves lot 2; “we” does not name who approves lot 2.");
    expect(alert.markdown).toBe("**Incomplete release — must be fixed before sending**\n\n- Name who approves lot 2\r- **we** does not name who approves lot 2\r");
  });

  it("leads a clean release stopped by the policy with the policy, not a verdict it does not have", () => {
    expect(composeAlert({ ...INCOMPLETE_REPORT, verdict: "clean" }).message).toMatch(/^Release policy: /);
  });

  it("writes the vague release's plain message", () => {
    expect(composeAlert(VAGUE_REPORT).message).toBe(
      "Vague release: “Go ahead with the first batch” does not say how many units; " +
        "“we will tell you later”: Name the event that opens the next lot; " +
        "Lot quantity not stated; Say that the rest of the order stays on hold; " +
        "Name the file revision and the material; Name who approves lot 2.",
    );
  });

  it("writes the vague release's Markdown as a bold lead and a Smart Alerts list", () => {
    expect(composeAlert(VAGUE_REPORT).markdown).toBe(
      "**Vague release**\n\n" +
        "- **Go ahead with the first batch** does not say how many units\r" +
        "- **we will tell you later**: Name the event that opens the next lot\r" +
        "- Lot quantity not stated\r" +
        "- Say that the rest of the order stays on hold\r" +
        "- Name the file revision and the material\r" +
        "- Name who approves lot 2\r",
    );
  });

  it("writes the incomplete release's messages", () => {
    const alert = composeAlert(INCOMPLETE_REPORT);
    expect(alert.message).toBe("Incomplete release: Name who approves lot 2; “we” does not name who approves lot 2.");
    expect(alert.markdown).toBe("**Incomplete release**\n\n- Name who approves lot 2\r- **we** does not name who approves lot 2\r");
    expect(alert.omitted).toBe(0);
  });

  it("falls back to one generic line when the report carries no message", () => {
    const report = makeReport("", {
      verdict: "incomplete",
      details: { approver: { status: "missing", evidence: [], message: "" } },
    });
    expect(composeAlert(report).message).toBe(`Incomplete release: ${FALLBACK_ITEM}.`);
  });

  it("stays within 500 characters by dropping whole items, and says so with an ellipsis", () => {
    const body = Array.from({ length: 30 }, (_, i) => `go ahead with batch number ${i + 1} as discussed.`).join(" ");
    const findings = Array.from({ length: 30 }, (_, i) =>
      finding(body, `go ahead with batch number ${i + 1} as discussed`, "does not say how many units"),
    );
    const report = makeReport(body, { verdict: "vague", findings });
    const alert = composeAlert(report);
    expect(alert.message.length).toBeLessThanOrEqual(ERROR_MESSAGE_MAX);
    expect(alert.markdown.length).toBeLessThanOrEqual(ERROR_MESSAGE_MAX);
    expect(alert.message.endsWith("as discussed” does not say how many units; …")).toBe(true);
    expect(alert.markdown.endsWith("does not say how many units\r- …\r")).toBe(true);
    expect(alert.omitted).toBeGreaterThan(0);
    expect(alert.items.length + alert.omitted).toBe(30);
    // every shown item is whole
    for (const item of alert.items) expect(alert.message).toContain(renderPlain(item));
  });

  it("shortens a very long quoted phrase to 80 characters at a word boundary", () => {
    const phrase = "please go ahead and run whatever you can fit on the printers this week and next week and we will sort out the rest";
    const body = `Hi Sam, ${phrase}. Thanks`;
    const report = makeReport(body, { verdict: "vague", findings: [finding(body, phrase, "does not say how many units")] });
    expect(composeAlert(report).message).toBe(
      "Vague release: “please go ahead and run whatever you can fit on the printers this week and next…” does not say how many units.",
    );
  });

  it("shortens a single item that alone exceeds the limit", () => {
    const long = "Name " + "the approver ".repeat(60);
    const report = makeReport("", { verdict: "incomplete", details: { approver: missing(long) } });
    const alert = composeAlert(report);
    expect(alert.message.length).toBeLessThanOrEqual(ERROR_MESSAGE_MAX);
    expect(alert.message.startsWith("Incomplete release: Name the approver the approver")).toBe(true);
    expect(alert.message).toMatch(/ (the|approver)…\.$/);
    expect(alert.markdown.length).toBeLessThanOrEqual(ERROR_MESSAGE_MAX);
  });

  it("respects a smaller limit too", () => {
    const alert = composeAlert(VAGUE_REPORT, 120);
    expect(alert.message).toBe(
      "Vague release: “Go ahead with the first batch” does not say how many units; …",
    );
    expect(alert.message.length).toBeLessThanOrEqual(120);
    expect(alert.markdown.length).toBeLessThanOrEqual(120);
  });

  it("keeps the buyer's words exactly as written in the body", () => {
    const report: Report = VAGUE_REPORT;
    for (const f of report.findings) expect(VAGUE_BODY.slice(f.range[0], f.range[1])).toBe(f.text);
    expect(composeAlert(report).message).toContain("“Go ahead with the first batch”");
    expect(composeAlert(makeReport("", { verdict: "incomplete", details: { lot: present("x") } })).message).toBe(
      `Incomplete release: ${FALLBACK_ITEM}.`,
    );
  });
});
