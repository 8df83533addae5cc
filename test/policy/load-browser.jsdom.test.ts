/** @jest-environment jsdom */
import { loadPolicyFromOrigin, type PolicyFetch, type PolicyFetchResponse } from "../../src/policy/load-browser";

// jsdom's page is http://localhost/ (jest's default testEnvironmentOptions.url).
function respond(status: number, body: string, finalUrl: string): PolicyFetch & { urls: string[] } {
  const urls: string[] = [];
  const fake = Object.assign(
    async (url: string): Promise<PolicyFetchResponse> => {
      urls.push(url);
      return { ok: status === 200, status, statusText: "", url: finalUrl, text: async () => body };
    },
    { urls },
  );
  return fake;
}

describe("loadPolicyFromOrigin in a page", () => {
  it("runs on the page's origin", () => {
    expect(window.location.origin).toBe("http://localhost");
  });

  it("loads a policy whose final address is on the page's origin", async () => {
    const fetchFn = respond(200, '{ "units": ["kits"] }', "http://localhost/config/policy.json");
    expect(await loadPolicyFromOrigin(fetchFn)).toEqual({ status: "loaded", policy: { units: ["kits"] } });
  });

  it("refuses a policy the server redirected to another site", async () => {
    const fetchFn = respond(200, '{ "units": ["kits"] }', "https://elsewhere.example/policy.json");
    expect(await loadPolicyFromOrigin(fetchFn)).toEqual({
      status: "error",
      message: "config/policy.json: refused: the add-in's site redirected the policy request to another site",
    });
  });

  it("refuses an absolute address on another origin before fetching", async () => {
    const fetchFn = respond(200, "{}", "");
    const result = await loadPolicyFromOrigin(fetchFn, "https://elsewhere.example/policy.json");
    expect(result.status).toBe("error");
    expect(fetchFn.urls).toEqual([]);
  });

  it("still treats a 404 as no policy", async () => {
    expect(await loadPolicyFromOrigin(respond(404, "", "http://localhost/config/policy.json"))).toEqual({ status: "none" });
  });
});
