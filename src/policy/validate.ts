/**
 * Parses and validates an organisation policy file (docs/policy.md, docs/policy.schema.json).
 *
 * Shared by the CLI (src/policy/load-node.ts) and the add-in (src/policy/load-browser.ts), so it
 * uses no Node or DOM APIs. Validation runs the validator ajv generated from the published schema
 * at build time (src/policy/policy-validator.generated.ts): no `new Function`, no ajv compiler in
 * the bundle. This module turns ajv's machine errors into one line per problem that names the
 * file, the field and what to change.
 */
import type { ErrorObject } from "ajv";
import type { Policy } from "../checker/types";
import { checkJsonSyntax, joinFieldPath } from "./json-syntax";
import { validate as generatedValidate } from "./policy-validator.generated";

/** One problem in a policy file. `field` is a path such as `sendCheck.error` or `bannedPhrases[2].phrase`; "" for the file as a whole. */
export interface PolicyProblem {
  field: string;
  problem: string;
}

export type ParsePolicyResult =
  | { ok: true; policy: Policy }
  | { ok: false; message: string; errors: PolicyProblem[] };

/** A policy file longer than this (in characters) is refused unread; real policies are a few KB. */
export const MAX_POLICY_CHARS = 1_000_000;

/** At most this many problems are spelled out in `message`; `errors` always holds them all. */
export const MAX_MESSAGE_PROBLEMS = 20;

interface SchemaValidator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

const validateSchema = generatedValidate as unknown as SchemaValidator;

/**
 * Parses a policy file's text and checks it against the policy schema.
 *
 * `sourceName` is how messages name the file (the path the admin gave, or the URL it was fetched
 * from). A byte-order mark at the start is ignored. `$schema` and `version` are accepted and left
 * out of the returned policy.
 *
 * @example
 * parsePolicy('{ "sendCheck": { "error": "block" } }', "policy.json")
 * //=> { ok: true, policy: { sendCheck: { error: "block" } } }
 * parsePolicy('{ "sendCheck": { "error": "stop" } }', "policy.json").message
 * //=> 'policy.json: field "sendCheck.error" must be one of allow, warn, block (got "stop")'
 */
export function parsePolicy(jsonText: string, sourceName: string): ParsePolicyResult {
  const text = jsonText.charCodeAt(0) === 0xfeff ? jsonText.slice(1) : jsonText;

  if (text.length > MAX_POLICY_CHARS) {
    return refuse(sourceName, [
      { field: "", problem: `the file is too large (${text.length} characters; a policy may have at most ${MAX_POLICY_CHARS})` },
    ]);
  }

  if (text.trim() === "") {
    return refuse(sourceName, [{ field: "", problem: "the file is empty (a policy that changes nothing is written {})" }]);
  }

  const syntax = checkJsonSyntax(text);
  if (!syntax.ok) {
    const { line, column, problem } = syntax.error;
    return refuse(sourceName, [{ field: "", problem: `not valid JSON at line ${line}, column ${column}: ${problem}` }]);
  }

  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    // The scanner accepts exactly JSON, so this is not expected; keep the engine's words if it happens.
    return refuse(sourceName, [{ field: "", problem: `not valid JSON: ${e instanceof Error ? e.message : String(e)}` }]);
  }

  const problems: PolicyProblem[] = syntax.duplicates.map((d) => ({
    field: d.field,
    problem: `appears twice (lines ${d.firstLine} and ${d.line}); JSON would keep only the last, so remove one`,
  }));

  if (!validateSchema(data)) problems.push(...schemaProblems(validateSchema.errors ?? [], data));
  problems.push(...repeatedEntries(data));

  if (problems.length > 0) return refuse(sourceName, problems);

  const { $schema: _schema, version: _version, ...policy } = data as Policy & { $schema?: string; version?: 1 };
  return { ok: true, policy };
}

/**
 * Formats problems the way every face shows them: one line each, `file: field "x" problem`.
 *
 * @example
 * formatPolicyProblems("policy.json", [{ field: "units", problem: "must be a list ([ … ]) (got text \"kits\")" }])
 * //=> 'policy.json: field "units" must be a list ([ … ]) (got text "kits")'
 */
export function formatPolicyProblems(sourceName: string, problems: readonly PolicyProblem[]): string {
  const lines = problems
    .slice(0, MAX_MESSAGE_PROBLEMS)
    .map((p) => (p.field === "" ? `${sourceName}: ${p.problem}` : `${sourceName}: field "${p.field}" ${p.problem}`));
  const more = problems.length - MAX_MESSAGE_PROBLEMS;
  if (more > 0) lines.push(`${sourceName}: … and ${more} more problem${more === 1 ? "" : "s"}`);
  return lines.join("\n");
}

function refuse(sourceName: string, errors: PolicyProblem[]): ParsePolicyResult {
  return { ok: false, message: formatPolicyProblems(sourceName, errors), errors };
}

/** Lower numbers win when several keywords fail on the same field (an enum says more than "must be text"). */
const KEYWORD_RANK: Record<string, number> = {
  additionalProperties: 0,
  required: 0,
  enum: 1,
  const: 1,
  type: 2,
  minLength: 3,
  pattern: 4,
  maxLength: 5,
  maxItems: 5,
};

function schemaProblems(errors: readonly ErrorObject[], data: unknown): PolicyProblem[] {
  const best = new Map<string, { rank: number; problem: string }>();
  for (const error of errors) {
    // Repeated entries are reported by repeatedEntries(), which also catches "PA12" vs "pa12".
    if (error.keyword === "uniqueItems") continue;
    const described = describeError(error, data);
    const rank = KEYWORD_RANK[error.keyword] ?? 9;
    const previous = best.get(described.field);
    if (previous === undefined || rank < previous.rank) best.set(described.field, { rank, problem: described.problem });
  }
  return [...best].map(([field, { problem }]) => ({ field, problem }));
}

function describeError(error: ErrorObject, root: unknown): PolicyProblem {
  const field = fieldPath(error.instancePath, root);
  const params = error.params as Record<string, unknown>;
  const got = error.data;
  switch (error.keyword) {
    case "additionalProperties": {
      const key = String(params.additionalProperty);
      const properties = (error.parentSchema as { properties?: Record<string, unknown> } | undefined)?.properties ?? {};
      const allowed = Object.keys(properties);
      const guess = closestKey(key, allowed);
      const hint =
        field === "requirements" && key === "not-a-release"
          ? "; a policy sets no requirements for emails that are not releases"
          : guess !== undefined
            ? `; did you mean "${guess}"?`
            : "";
      return { field: joinFieldPath(field, key), problem: `is not a known key${hint} (allowed: ${allowed.join(", ")})` };
    }
    case "required":
      return { field: joinFieldPath(field, String(params.missingProperty)), problem: "is required but missing" };
    case "type": {
      const expected = describeType(String(params.type));
      return field === ""
        ? { field, problem: `the policy must be ${expected} (got ${describeValue(got)})` }
        : { field, problem: `must be ${expected} (got ${describeValue(got)})` };
    }
    case "enum": {
      const allowed = (params.allowedValues as unknown[]).map((v) => (typeof v === "string" ? v : JSON.stringify(v)));
      return { field, problem: `must be one of ${allowed.join(", ")} (got ${quoteValue(got)})` };
    }
    case "const": {
      const note = field === "version" ? "; this Release Guard reads policy format version 1" : "";
      return { field, problem: `must be ${JSON.stringify(params.allowedValue)} (got ${quoteValue(got)})${note}` };
    }
    case "minLength":
      return { field, problem: "must not be empty" };
    case "pattern":
      return { field, problem: "must not be blank (it holds only spaces)" };
    case "maxLength":
      return { field, problem: `is too long (${typeof got === "string" ? [...got].length : "?"} characters; at most ${String(params.limit)})` };
    case "maxItems":
      return { field, problem: `has too many entries (${Array.isArray(got) ? got.length : "?"}; at most ${String(params.limit)})` };
    default:
      return { field, problem: error.message ?? `fails the schema rule "${error.keyword}"` };
  }
}

/** `/requirements/first-lot/lot` → `requirements.first-lot.lot`; `/bannedPhrases/2/phrase` → `bannedPhrases[2].phrase`. */
function fieldPath(instancePath: string, root: unknown): string {
  if (instancePath === "") return "";
  let field = "";
  let node: unknown = root;
  for (const raw of instancePath.slice(1).split("/")) {
    const segment = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    if (Array.isArray(node)) {
      const index = Number(segment);
      field = joinFieldPath(field, index);
      node = node[index];
    } else {
      field = joinFieldPath(field, segment);
      node = node !== null && typeof node === "object" ? (node as Record<string, unknown>)[segment] : undefined;
    }
  }
  return field;
}

function describeType(type: string): string {
  switch (type) {
    case "object":
      return "an object ({ … })";
    case "array":
      return "a list ([ … ])";
    case "string":
      return "text in double quotes";
    case "number":
    case "integer":
      return "a number";
    case "boolean":
      return "true or false";
    default:
      return type;
  }
}

/** Names a JSON value's type and shows it when short: `text "PA12"`, `the number 12`, `a list`. */
function describeValue(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  switch (typeof value) {
    case "string":
      return `text ${quoteValue(value)}`;
    case "number":
      return `the number ${String(value)}`;
    case "boolean":
      return String(value);
    case "object":
      return "an object";
    default:
      return typeof value;
  }
}

/** A value as the admin wrote it, shortened: `"stop"`, `3`, `a list`. */
function quoteValue(value: unknown): string {
  if (typeof value === "string") {
    const shown = value.length > 60 ? `${value.slice(0, 57)}…` : value;
    return JSON.stringify(shown);
  }
  if (typeof value === "number" || typeof value === "boolean" || value === null) return String(value);
  return describeValue(value);
}

/** A likely intended key for a misspelt one: same letters ignoring case and separators, or at most two edits away. */
function closestKey(key: string, allowed: readonly string[]): string | undefined {
  const squash = (s: string): string => s.toLowerCase().replace(/[-_\s]/g, "");
  const exact = allowed.find((a) => squash(a) === squash(key));
  if (exact !== undefined) return exact;
  if (key.length < 4) return undefined;
  let best: string | undefined;
  let bestDistance = 3;
  for (const candidate of allowed) {
    const d = editDistance(squash(key), squash(candidate));
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, (previous[j - 1] as number) + cost);
    }
    previous = current;
  }
  return previous[b.length] as number;
}

/**
 * Entries that say the same thing twice: the same banned phrase, approver, material or unit,
 * ignoring case and extra spaces ("Black PETG" and "black  petg"). Two entries for one phrase or
 * person with different suggestions or roles leave the checker guessing, so every repeat is refused.
 */
function repeatedEntries(data: unknown): PolicyProblem[] {
  if (data === null || typeof data !== "object" || Array.isArray(data)) return [];
  const record = data as Record<string, unknown>;
  const lists: [list: string, key: string | null][] = [
    ["bannedPhrases", "phrase"],
    ["approvers", "name"],
    ["materials", null],
    ["units", null],
  ];
  const problems: PolicyProblem[] = [];
  for (const [list, key] of lists) {
    const entries = record[list];
    if (!Array.isArray(entries)) continue;
    const seen = new Map<string, number>();
    entries.forEach((entry: unknown, index) => {
      const value = key === null ? entry : entry !== null && typeof entry === "object" ? (entry as Record<string, unknown>)[key] : undefined;
      if (typeof value !== "string") return;
      const normal = value.trim().replace(/\s+/g, " ").toLowerCase();
      if (normal === "") return;
      const first = seen.get(normal);
      if (first === undefined) {
        seen.set(normal, index);
        return;
      }
      const here = key === null ? joinFieldPath(list, index) : joinFieldPath(joinFieldPath(list, index), key);
      const there = key === null ? joinFieldPath(list, first) : joinFieldPath(joinFieldPath(list, first), key);
      problems.push({ field: here, problem: `repeats ${there} (${quoteValue(value)}); list each one once` });
    });
  }
  return problems;
}
