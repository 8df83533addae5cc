import * as fs from "fs";
import * as path from "path";
import {
  DEFAULT_POLICY_URL,
  isOwnOriginRelativeUrl,
  loadPolicyFromOrigin,
  type PolicyFetch,
  type PolicyFetchInit,
  type PolicyFetchResponse,
} from "../../src/policy/load-browser";

const exampleText = fs.readFileSync(path.join(__dirname, "..", "..", "config", "policy.example.json"), "utf8");

interface FakeFetch extends PolicyFetch {
  calls: { url: string; init: PolicyFetchInit }[];
}

function respond(status: number, body: string, extra: Partial<PolicyFetchResponse> = {}): FakeFetch {
  const statusText: Record<number, string> = { 200: "OK", 403: "Forbidden", 404: "Not Found", 500: "Internal Server Error" };
  const calls: FakeFetch["calls"] = [];
  const fake = (async (url: string, init: PolicyFetchInit) => {
    calls.push({ url, init });
    return { ok: status >= 200 && status < 300, status, statusText: statusText[status] ?? "", url: "", text: async () => body, ...extra };
  }) as FakeFetch;
  fake.calls = calls;
  return fake;
}

function failing(error: unknown): FakeFetch {
  const calls: FakeFetch["calls"] = [];
  const fake = (async (url: string, init: PolicyFetchInit): Promise<PolicyFetchResponse> => {
    calls.push({ url, init });
    throw error;
  }) as FakeFetch;
  fake.calls = calls;
  return fake;
}

describe("loadPolicyFromOrigin", () => {
  it("loads a valid policy served beside the task pane", async () => {
    const fetchFn = respond(200, exampleText);
    const result = await loadPolicyFromOrigin(fetchFn);
    expect(result.status).toBe("loaded");
    const { $schema: _s, version: _v, ...expected } = JSON.parse(exampleText) as Record<string, unknown>;
    expect(result.status === "loaded" && result.policy).toEqual(expected);
  });

  it("asks for config/policy.json with a plain same-origin GET that sends nothing else", async () => {
    const fetchFn = respond(200, "{}");
    await loadPolicyFromOrigin(fetchFn);
    expect(fetchFn.calls).toEqual([
      {
        url: "config/policy.json",
        init: { method: "GET", credentials: "same-origin", cache: "no-cache", redirect: "follow", headers: { Accept: "application/json" } },
      },
    ]);
    expect(DEFAULT_POLICY_URL).toBe("config/policy.json");
  });

  it("treats 404 as no policy: the built-in defaults apply and nothing is wrong", async () => {
    expect(await loadPolicyFromOrigin(respond(404, "<html>Not Found</html>"))).toEqual({ status: "none" });
  });

  it("reports a server error with its status", async () => {
    expect(await loadPolicyFromOrigin(respond(500, "oops"))).toEqual({
      status: "error",
      message: "config/policy.json: the add-in's server answered 500 Internal Server Error",
    });
  });

  it("reports a forbidden file rather than quietly using defaults", async () => {
    expect(await loadPolicyFromOrigin(respond(403, ""))).toEqual({
      status: "error",
      message: "config/policy.json: the add-in's server answered 403 Forbidden",
    });
  });

  it("reports a network failure", async () => {
    expect(await loadPolicyFromOrigin(failing(new TypeError("Failed to fetch")))).toEqual({
      status: "error",
      message: "config/policy.json: could not be fetched (Failed to fetch)",
    });
  });

  it("reports a rejection that is not an Error", async () => {
    expect(await loadPolicyFromOrigin(failing("offline"))).toEqual({ status: "error", message: "config/policy.json: could not be fetched (offline)" });
  });

  it("reports a body that cannot be read", async () => {
    const fetchFn = respond(200, "", { text: () => Promise.reject(new Error("The operation was aborted")) });
    expect(await loadPolicyFromOrigin(fetchFn)).toEqual({ status: "error", message: "config/policy.json: could not be read (The operation was aborted)" });
  });

  it("reports invalid JSON with the file, line and column", async () => {
    const result = await loadPolicyFromOrigin(respond(200, '{\n  "units": ["kits",]\n}'));
    expect(result).toEqual({
      status: "error",
      message: 'config/policy.json: not valid JSON at line 2, column 20: a comma before "]": JSON allows no comma after the last entry',
    });
  });

  it("explains when the server sent a web page instead of the policy", async () => {
    const result = await loadPolicyFromOrigin(respond(200, "<!DOCTYPE html>\n<html><head><title>Release Guard</title></head></html>"));
    expect(result.status === "error" && result.message).toBe(
      'config/policy.json: not valid JSON at line 1, column 1: expected a value (found "<": this looks like a web page, not a JSON file)',
    );
  });

  it("reports an unknown key with the field and the allowed keys", async () => {
    const result = await loadPolicyFromOrigin(respond(200, '{ "requirements": { "first-lot": { "lotQuantity": "required" } } }'));
    expect(result).toEqual({
      status: "error",
      message:
        'config/policy.json: field "requirements.first-lot.lotQuantity" is not a known key (allowed: lot, balance, trigger, revisionMaterial, approver)',
    });
  });

  it("uses the URL it was given in messages", async () => {
    const result = await loadPolicyFromOrigin(respond(200, '{ "sendCheck": { "error": "stop" } }'), "./config/policy.json");
    expect(result.status === "error" && result.message).toBe('./config/policy.json: field "sendCheck.error" must be one of allow, warn, block (got "stop")');
  });

  it.each([
    "https://policies.example.com/policy.json",
    "http://localhost:3000/config/policy.json",
    "HTTPS://example.com/p.json",
    "//example.com/config/policy.json",
    "\\\\example.com\\policy.json",
    "/\\example.com/policy.json",
    " //example.com/policy.json",
    "\t//example.com/policy.json",
    "data:application/json,{}",
    "javascript:alert(1)",
    "blob:https://example.com/1234",
    "file:///etc/release-guard/policy.json",
    "",
  ])("refuses %j without fetching anything", async (url) => {
    const fetchFn = respond(200, "{}");
    const result = await loadPolicyFromOrigin(fetchFn, url);
    expect(result).toEqual({
      status: "error",
      message: `${url}: refused: the policy is read only from the add-in's own site, at a relative address such as config/policy.json`,
    });
    expect(fetchFn.calls).toEqual([]);
  });

  it.each(["config/policy.json", "./config/policy.json", "/config/policy.json", "../shared/policy.json", "config/policy.json?v=2"])(
    "fetches the relative address %j",
    async (url) => {
      const fetchFn = respond(200, "{}");
      expect(await loadPolicyFromOrigin(fetchFn, url)).toEqual({ status: "loaded", policy: {} });
      expect(fetchFn.calls.map((c) => c.url)).toEqual([url]);
    },
  );

  describe("with the default fetch", () => {
    const realFetch = globalThis.fetch;
    afterEach(() => {
      globalThis.fetch = realFetch;
    });

    it("calls the global fetch when none is given", async () => {
      const fake = respond(404, "");
      globalThis.fetch = fake as unknown as typeof fetch;
      expect(await loadPolicyFromOrigin()).toEqual({ status: "none" });
      expect(fake.calls.map((c) => c.url)).toEqual(["config/policy.json"]);
    });

    it("reports a runtime without fetch instead of throwing", async () => {
      (globalThis as { fetch?: unknown }).fetch = undefined;
      expect(await loadPolicyFromOrigin()).toEqual({ status: "error", message: "config/policy.json: could not be fetched (this runtime has no fetch)" });
    });
  });
});

describe("isOwnOriginRelativeUrl", () => {
  it.each<[string, string | undefined, boolean]>([
    ["config/policy.json", undefined, true],
    ["config/policy.json", "https://addin.example.com/taskpane.html", true],
    ["/config/policy.json", "https://addin.example.com/app/taskpane.html", true],
    ["https://addin.example.com/config/policy.json", "https://addin.example.com/taskpane.html", false],
    ["//addin.example.com/config/policy.json", "https://addin.example.com/taskpane.html", false],
    ["config/policy.json", "not a url", false],
    ["config/policy json", undefined, false],
  ])("%j on %j → %j", (url, base, expected) => {
    expect(isOwnOriginRelativeUrl(url, base)).toBe(expected);
  });
});
