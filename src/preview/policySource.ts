/**
 * Which organisation policy the preview page runs under, chosen by `?policy=` on its URL. Every
 * choice goes through the real loader (loadPolicyFromOrigin: same request, same validation) as the
 * task pane in Outlook does:
 *   (none)          config/policy.json beside the page — normally not deployed: 404 → built-in rules
 *   ?policy=example config/policy.example.json, the documented example (the build copies config/)
 *   ?policy=broken  a policy with mistakes, to show how the pane reports a policy it cannot use
 */
import { DEFAULT_POLICY_URL, loadPolicyFromOrigin, type PolicyFetch, type PolicyLoadResult } from "../policy/load-browser";

export type PreviewPolicyChoice = "deployed" | "example" | "broken";

export const EXAMPLE_POLICY_URL = "config/policy.example.json";
export const BROKEN_POLICY_URL = "config/policy.broken.json";

/** Served (by a stand-in fetch) for ?policy=broken: an unknown key and a wrong value. */
export const BROKEN_POLICY_TEXT = JSON.stringify(
  { bannedphrases: [{ phrase: "go ahead with the first batch" }], sendCheck: { error: "stop" } },
  null,
  2,
);

/** Reads `?policy=`: anything other than example/broken means the deployed policy. */
export function parsePolicyChoice(value: string | null | undefined): PreviewPolicyChoice {
  return value === "example" || value === "broken" ? value : "deployed";
}

/** Answers only the broken policy's address; everything else goes to the page's fetch. */
function withBrokenPolicy(fetchFn: PolicyFetch): PolicyFetch {
  return (url, init) => {
    if (url !== BROKEN_POLICY_URL) return fetchFn(url, init);
    return Promise.resolve({ ok: true, status: 200, statusText: "OK", url: "", text: () => Promise.resolve(BROKEN_POLICY_TEXT) });
  };
}

const pageFetch: PolicyFetch = (url, init) => {
  if (typeof fetch !== "function") return Promise.reject(new Error("this browser has no fetch"));
  return fetch(url, init);
};

/**
 * @example
 * await loadPreviewPolicy("example") //=> { status: "loaded", policy: { requirements: { … }, … } }
 * await loadPreviewPolicy("deployed") //=> { status: "none" } when no config/policy.json is served
 */
export function loadPreviewPolicy(choice: PreviewPolicyChoice, fetchFn: PolicyFetch = pageFetch): Promise<PolicyLoadResult> {
  switch (choice) {
    case "example":
      return loadPolicyFromOrigin(fetchFn, EXAMPLE_POLICY_URL);
    case "broken":
      return loadPolicyFromOrigin(withBrokenPolicy(fetchFn), BROKEN_POLICY_URL);
    default:
      return loadPolicyFromOrigin(fetchFn, DEFAULT_POLICY_URL);
  }
}
