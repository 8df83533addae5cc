import * as fs from "fs";
import * as path from "path";
import { POLICY_ERROR_LEAD, type PolicyFetch, type PolicyFetchResponse } from "../../src/policy/load-browser";
import { BROKEN_POLICY_URL, EXAMPLE_POLICY_URL, loadPreviewPolicy, parsePolicyChoice } from "../../src/preview/policySource";

const ROOT = path.join(__dirname, "..", "..");

/** Serves the repository's config/ folder as the build copies it beside preview.html; anything else is a 404. */
function siteFetch(): jest.MockedFunction<PolicyFetch> {
  return jest.fn<Promise<PolicyFetchResponse>, Parameters<PolicyFetch>>(async (url: string) => {
    const file = path.join(ROOT, url);
    const exists = url.startsWith("config/") && fs.existsSync(file);
    return {
      ok: exists,
      status: exists ? 200 : 404,
      statusText: exists ? "OK" : "Not Found",
      url: "",
      text: async () => (exists ? fs.readFileSync(file, "utf8") : "Not Found"),
    };
  });
}

describe("the preview's ?policy= choice", () => {
  it.each([
    [null, "deployed"],
    ["", "deployed"],
    ["example", "example"],
    ["broken", "broken"],
    ["../../etc/passwd", "deployed"],
  ])("reads %j as %s", (value, expected) => {
    expect(parsePolicyChoice(value)).toBe(expected);
  });

  it("without ?policy=, asks for config/policy.json and finds none (404): built-in rules, no message", async () => {
    const fetchFn = siteFetch();
    await expect(loadPreviewPolicy("deployed", fetchFn)).resolves.toEqual({ status: "none" });
    expect(fetchFn.mock.calls[0]![0]).toBe("config/policy.json");
  });

  it("?policy=example loads the documented example through the real loader and validation", async () => {
    const fetchFn = siteFetch();
    const result = await loadPreviewPolicy("example", fetchFn);
    expect(fetchFn.mock.calls[0]![0]).toBe(EXAMPLE_POLICY_URL);
    expect(result.status).toBe("loaded");
    if (result.status !== "loaded") return;
    expect(result.policy.sendCheck).toEqual({ error: "block", warning: "warn", info: "allow" });
    expect(result.policy.approvers?.map((a) => a.name)).toEqual(["Dana Ortiz", "Sam Whitaker", "Priya Raman"]);
  });

  it("?policy=broken gives the loader's error, naming the file, the field and the problem", async () => {
    const fetchFn = siteFetch();
    const result = await loadPreviewPolicy("broken", fetchFn);
    expect(fetchFn).not.toHaveBeenCalled();
    expect(result.status).toBe("error");
    if (result.status !== "error") return;
    expect(result.message).toContain(`${BROKEN_POLICY_URL}: field "bannedphrases" is not a known key; did you mean "bannedPhrases"?`);
    expect(result.message).toContain(`${BROKEN_POLICY_URL}: field "sendCheck.error" must be one of allow, warn, block (got "stop")`);
    expect(POLICY_ERROR_LEAD + result.message).toMatch(/^Your organisation's policy could not be loaded: config\/policy\.broken\.json: /);
  });
});
