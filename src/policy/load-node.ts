/**
 * Reads and validates a policy file for the CLI (`release-guard check --policy FILE`). Node only.
 * Every failure comes back as a message naming the file and the problem; nothing throws.
 */
import * as fs from "fs";
import type { Policy } from "../checker/types";
import { MAX_POLICY_CHARS, parsePolicy, type PolicyProblem } from "./validate";

export type LoadPolicyResult =
  | { ok: true; policy: Policy }
  | { ok: false; message: string; errors: PolicyProblem[] };

/** Files larger than this many bytes are refused without reading them (UTF-8 uses at most 4 bytes a character). */
export const MAX_POLICY_BYTES = MAX_POLICY_CHARS * 4;

const REASONS: Record<string, string> = {
  ENOENT: "no such file",
  ENOTDIR: "a folder in the path is not a folder",
  EACCES: "permission denied",
  EPERM: "permission denied",
  EISDIR: "it is a folder, not a file",
  ELOOP: "too many symbolic links",
  ENAMETOOLONG: "the path is too long",
  EMFILE: "too many open files",
};

/**
 * Loads the policy at `path`. The path appears unchanged in every message, so the admin sees the
 * name they typed.
 *
 * @example
 * loadPolicyFile("config/policy.example.json") //=> { ok: true, policy: { requirements: { … }, … } }
 * loadPolicyFile("nope.json").message          //=> "nope.json: cannot read the policy file (no such file)"
 */
export function loadPolicyFile(path: string): LoadPolicyResult {
  const cannotRead = (reason: string): LoadPolicyResult => {
    const problem = `cannot read the policy file (${reason})`;
    return { ok: false, message: `${path}: ${problem}`, errors: [{ field: "", problem }] };
  };

  let bytes: Buffer;
  try {
    const stat = fs.statSync(path);
    if (stat.isDirectory()) return cannotRead(REASONS.EISDIR as string);
    if (stat.isFile() && stat.size > MAX_POLICY_BYTES) {
      return cannotRead(`it is ${stat.size} bytes; a policy may have at most ${MAX_POLICY_BYTES}`);
    }
    bytes = fs.readFileSync(path);
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    return cannotRead(REASONS[err.code ?? ""] ?? (err.code !== undefined ? `${err.code}: ${err.message}` : String(e)));
  }

  const text = decodeUtf8(bytes);
  if (!text.ok) return cannotRead(text.reason);
  return parsePolicy(text.text, path);
}

function decodeUtf8(bytes: Uint8Array): { ok: true; text: string } | { ok: false; reason: string } {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { ok: false, reason: "it is saved as UTF-16; save it as UTF-8" };
  }
  try {
    return { ok: true, text: new TextDecoder("utf-8", { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, reason: "it is not UTF-8 text; save it as UTF-8" };
  }
}
