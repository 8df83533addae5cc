import { PLAIN, formatHuman, locator, quote } from "../../src/cli/format";

describe("locator", () => {
  it("gives 1-based line:column of an offset", () => {
    const at = locator("Hi Marek,\n\nGo ahead with lot 1.\nThanks");
    expect([at(0), at(3), at(9), at(10), at(11), at(14), at(32), at(38)]).toEqual(["1:1", "1:4", "1:10", "2:1", "3:1", "3:4", "4:1", "4:7"]);
  });

  it("counts a CRLF line end as one line break", () => {
    const at = locator("a\r\nbc\r\n");
    expect([at(0), at(1), at(3), at(4), at(7)]).toEqual(["1:1", "1:2", "2:1", "2:2", "3:1"]);
  });

  it("clamps offsets outside the text and handles the empty text", () => {
    expect(locator("")(0)).toBe("1:1");
    expect(locator("ab")(-5)).toBe("1:1");
    expect(locator("ab")(99)).toBe("1:3");
  });
});

describe("quote", () => {
  it("puts the text on one line, in quotes, shortened with an ellipsis", () => {
    expect(quote("go ahead with\n the first   batch")).toBe('"go ahead with the first batch"');
    expect(quote("x".repeat(100), 10)).toBe(`"${"x".repeat(9)}…"`);
    expect(quote('say "stop"')).toBe('"say \\"stop\\""');
  });
});

describe("formatHuman quantities line", () => {
  const missing = { status: "missing" as const, evidence: [], message: "" };
  const base = {
    kind: "first-lot" as const,
    verdict: "incomplete" as const,
    details: { lot: missing, balance: missing, trigger: missing, revisionMaterial: missing, approver: missing },
    findings: [],
  };

  it("shows only the quantities that are known", () => {
    const out = formatHuman("a.txt", { ...base, quantities: { released: 48, onHold: 152, total: null, unit: "pcs" } }, "", PLAIN);
    expect(out.split("\n").pop()).toBe("  quantities: released 48 pcs · on hold 152 pcs");
  });

  it("leaves the line out when no quantity is known", () => {
    const out = formatHuman("a.txt", { ...base, quantities: { released: null, onHold: null, total: null, unit: null } }, "", PLAIN);
    expect(out).not.toContain("quantities");
  });
});
