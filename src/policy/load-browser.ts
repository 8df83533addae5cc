/**
 * Loads the organisation's policy for the add-in from the add-in's own site: the admin places
 * `config/policy.json` beside the task pane (docs/policy.md). Only a relative address on the same
 * origin is ever requested, so no email content or data goes anywhere else, and the request is a
 * plain GET that carries nothing from the mailbox.
 *
 * The result never throws: "none" (no file: use built-in defaults), "loaded", or "error" with a
 * message the task pane shows after "Your organisation's policy could not be loaded: ".
 */
import type { Policy } from "../checker/types";
import { parsePolicy } from "./validate";

export type PolicyLoadResult =
  | { status: "none" }
  | { status: "loaded"; policy: Policy }
  | { status: "error"; message: string };

/** The request options used; exported so a test or a fake can check them. */
export interface PolicyFetchInit {
  method: "GET";
  credentials: "same-origin";
  cache: "no-cache";
  redirect: "follow";
  headers: { Accept: string };
}

/** The part of a fetch Response this module reads. */
export interface PolicyFetchResponse {
  ok: boolean;
  status: number;
  statusText: string;
  /** The final URL after redirects; "" or absent when unknown. */
  url?: string;
  text(): Promise<string>;
}

/** Anything shaped like `fetch` for this one request (the real `fetch` fits). */
export type PolicyFetch = (url: string, init: PolicyFetchInit) => Promise<PolicyFetchResponse>;

/** Where the policy lives, relative to the task pane page. */
export const DEFAULT_POLICY_URL = "config/policy.json";

/** Words the task pane puts before an error message. */
export const POLICY_ERROR_LEAD = "Your organisation's policy could not be loaded: ";

const REQUEST: PolicyFetchInit = {
  method: "GET",
  credentials: "same-origin",
  // Revalidate each time, so an admin's corrected policy is used on the next task pane load.
  cache: "no-cache",
  redirect: "follow",
  headers: { Accept: "application/json" },
};

const defaultFetch: PolicyFetch = (url, init) => {
  if (typeof globalThis.fetch !== "function") return Promise.reject(new Error("this runtime has no fetch"));
  return globalThis.fetch(url, init);
};

/**
 * Whether `url` is a relative address that stays on the page's own origin: no scheme
 * (`https:`, `data:`, `javascript:` …), no `//host`, no backslashes, spaces or control characters
 * (which browsers may turn into `//`). When `baseHref` (the page's address) is known, the
 * resolved URL must also have the page's origin.
 *
 * @example
 * isOwnOriginRelativeUrl("config/policy.json")                 //=> true
 * isOwnOriginRelativeUrl("https://example.com/policy.json")    //=> false
 * isOwnOriginRelativeUrl("//example.com/policy.json")          //=> false
 */
export function isOwnOriginRelativeUrl(url: string, baseHref?: string): boolean {
  if (url === "") return false;
  if (/[\u0000-\u0020\u007f\\]/.test(url)) return false;
  if (/^[A-Za-z][A-Za-z0-9+.-]*:/.test(url)) return false;
  if (url.startsWith("//")) return false;
  if (baseHref !== undefined) {
    try {
      const base = new URL(baseHref);
      if (new URL(url, base).origin !== base.origin) return false;
    } catch {
      return false;
    }
  }
  return true;
}

/**
 * Fetches and validates the policy served beside the task pane.
 *
 * - 404: `{ status: "none" }` — no policy deployed; the built-in defaults apply.
 * - 200 with a valid policy: `{ status: "loaded", policy }`.
 * - anything else (another status, a network failure, bad JSON, an unknown key, a wrong type, an
 *   address that is not relative to the add-in's own site): `{ status: "error", message }`, where
 *   the message names the file, the field and the problem.
 *
 * @example
 * await loadPolicyFromOrigin() //=> { status: "none" } when config/policy.json is not deployed
 * await loadPolicyFromOrigin(fetch, "https://elsewhere.example/p.json")
 * //=> { status: "error", message: "https://elsewhere.example/p.json: refused: …" }
 */
export async function loadPolicyFromOrigin(
  fetchFn: PolicyFetch = defaultFetch,
  url: string = DEFAULT_POLICY_URL,
): Promise<PolicyLoadResult> {
  const pageHref = currentPageHref();
  if (!isOwnOriginRelativeUrl(url, pageHref)) {
    return {
      status: "error",
      message: `${url}: refused: the policy is read only from the add-in's own site, at a relative address such as ${DEFAULT_POLICY_URL}`,
    };
  }

  let response: PolicyFetchResponse;
  try {
    response = await fetchFn(url, { ...REQUEST, headers: { ...REQUEST.headers } });
  } catch (e) {
    return { status: "error", message: `${url}: could not be fetched (${errorText(e)})` };
  }

  if (response.status === 404) return { status: "none" };

  if (pageHref !== undefined && response.url !== undefined && response.url !== "" && !sameOrigin(response.url, pageHref)) {
    return { status: "error", message: `${url}: refused: the add-in's site redirected the policy request to another site` };
  }

  if (!response.ok) {
    const answer = `${response.status} ${response.statusText}`.trim();
    return { status: "error", message: `${url}: the add-in's server answered ${answer}` };
  }

  let text: string;
  try {
    text = await response.text();
  } catch (e) {
    return { status: "error", message: `${url}: could not be read (${errorText(e)})` };
  }

  try {
    const parsed = parsePolicy(text, url);
    return parsed.ok ? { status: "loaded", policy: parsed.policy } : { status: "error", message: parsed.message };
  } catch (e) {
    return { status: "error", message: `${url}: could not be checked (${errorText(e)})` };
  }
}

function currentPageHref(): string | undefined {
  const href = (globalThis as { location?: { href?: unknown } }).location?.href;
  return typeof href === "string" && /^https?:/i.test(href) ? href : undefined;
}

function sameOrigin(a: string, b: string): boolean {
  try {
    return new URL(a).origin === new URL(b).origin;
  } catch {
    return false;
  }
}

function errorText(e: unknown): string {
  if (e instanceof Error) return e.message || e.name;
  return String(e);
}
