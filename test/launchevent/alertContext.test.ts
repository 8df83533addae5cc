import { encodeAlertContext, parseAlertContext } from "../../src/launchevent/alertContext";

describe("the alert context handed to the task pane", () => {
  it("round-trips the verdict and kind", () => {
    const raw = encodeAlertContext({ verdict: "incomplete", kind: "payment-trigger" });
    expect(raw).toBe('{"verdict":"incomplete","kind":"payment-trigger"}');
    expect(parseAlertContext(raw)).toEqual({ verdict: "incomplete", kind: "payment-trigger" });
  });

  it("accepts the object form newer Outlook clients may pass", () => {
    expect(parseAlertContext({ verdict: "vague", kind: "first-lot" })).toEqual({ verdict: "vague", kind: "first-lot" });
  });

  it("ignores context that is missing or not ours", () => {
    for (const raw of [undefined, null, "", "  ", "not json", "42", '{"verdict":"clean","kind":"first-lot"}', '{"verdict":"vague","kind":"rush"}', '{"a":"aValue"}', []]) {
      expect(parseAlertContext(raw)).toBeUndefined();
    }
  });
});
