import * as fs from "fs";
import * as path from "path";
import type { Policy } from "../../src/checker/types";
import { MAX_MESSAGE_PROBLEMS, MAX_POLICY_CHARS, parsePolicy, type ParsePolicyResult } from "../../src/policy/validate";

const EXAMPLE_PATH = path.join(__dirname, "..", "..", "config", "policy.example.json");
const exampleText = fs.readFileSync(EXAMPLE_PATH, "utf8");

function refused(result: ParsePolicyResult): { message: string; errors: { field: string; problem: string }[] } {
  if (result.ok) throw new Error(`expected the policy to be refused, got ${JSON.stringify(result.policy)}`);
  return result;
}

/** A policy a purchasing admin might really write, used as the base for the broken variants below. */
const basePolicy = {
  requirements: { "first-lot": { approver: "required" }, "sample-only": { lot: "must-be-missing" } },
  bannedPhrases: [{ phrase: "go ahead with the first batch", suggestion: "Release lot 1: 25 units; hold the remaining 175." }],
  approvers: [{ name: "Dana Ortiz", role: "purchasing lead" }],
  materials: ["PA11 CF"],
  units: ["brackets"],
  sendCheck: { error: "block", warning: "warn" },
};

function variant(change: (p: Record<string, unknown>) => void): string {
  const copy = JSON.parse(JSON.stringify(basePolicy)) as Record<string, unknown>;
  change(copy);
  return JSON.stringify(copy, null, 2);
}

describe("parsePolicy: a good policy", () => {
  it("accepts the complete example and returns it without $schema and version", () => {
    const result = parsePolicy(exampleText, "config/policy.example.json");
    if (!result.ok) throw new Error(result.message);
    // Compile-time: the parsed policy is a Policy.
    const policy: Policy = result.policy;
    const { $schema, version, ...expected } = JSON.parse(exampleText) as Record<string, unknown>;
    expect($schema).toBe("../docs/policy.schema.json");
    expect(version).toBe(1);
    expect(policy).toEqual(expected);
    expect(Object.keys(policy)).not.toContain("$schema");
    expect(Object.keys(policy)).not.toContain("version");
    expect(policy.sendCheck).toEqual({ error: "block", warning: "warn", info: "allow" });
    expect(policy.approvers?.[0]).toEqual({ name: "Dana Ortiz", role: "purchasing lead" });
  });

  it("accepts an empty policy, which changes nothing", () => {
    expect(parsePolicy("{}\n", "policy.json")).toEqual({ ok: true, policy: {} });
  });

  it("accepts empty lists and empty per-kind objects", () => {
    const result = parsePolicy('{ "approvers": [], "bannedPhrases": [], "requirements": { "pause": {} } }', "policy.json");
    expect(result).toEqual({ ok: true, policy: { approvers: [], bannedPhrases: [], requirements: { pause: {} } } });
  });

  it("ignores a UTF-8 byte-order mark (Windows Notepad writes one)", () => {
    expect(parsePolicy('\ufeff{ "units": ["kits"] }', "policy.json")).toEqual({ ok: true, policy: { units: ["kits"] } });
  });

  it("accepts Windows line endings and tabs", () => {
    expect(parsePolicy('{\r\n\t"materials": ["ULTEM 9085"]\r\n}\r\n', "policy.json")).toEqual({
      ok: true,
      policy: { materials: ["ULTEM 9085"] },
    });
  });

  it("keeps phrases with quotes, apostrophes and non-ASCII letters exactly", () => {
    const text = JSON.stringify({ bannedPhrases: [{ phrase: "fertigt was geht", suggestion: "Nennen Sie \"Los 1: 25 Stück\"" }, { phrase: "we'll see" }] });
    const result = parsePolicy(text, "policy.json");
    expect(result.ok && result.policy.bannedPhrases).toEqual([
      { phrase: "fertigt was geht", suggestion: 'Nennen Sie "Los 1: 25 Stück"' },
      { phrase: "we'll see" },
    ]);
  });
});

describe("parsePolicy: each kind of bad field names the file, the field and the problem", () => {
  it.each<[string, string, string, string]>([
    [
      "a reaction that is not allow, warn or block",
      variant((p) => ((p.sendCheck as Record<string, unknown>).error = "stop")),
      "sendCheck.error",
      'must be one of allow, warn, block (got "stop")',
    ],
    [
      "an unknown top-level key, with a did-you-mean",
      variant((p) => (p.approver = [{ name: "Sam Whitaker" }])),
      "approver",
      'is not a known key; did you mean "approvers"? (allowed: $schema, version, requirements, bannedPhrases, approvers, materials, units, sendCheck)',
    ],
    [
      "an unknown detail under a kind",
      variant((p) => ((p.requirements as Record<string, Record<string, string>>)["first-lot"]!.lotQuantity = "required")),
      "requirements.first-lot.lotQuantity",
      "is not a known key (allowed: lot, balance, trigger, revisionMaterial, approver)",
    ],
    [
      "an unknown kind",
      variant((p) => ((p.requirements as Record<string, unknown>)["first-batch"] = { lot: "required" })),
      "requirements.first-batch",
      "is not a known key (allowed: first-lot, sample-only, shipment-window, full-production, hold, payment-trigger, pause)",
    ],
    [
      "a kind spelt with an underscore",
      variant((p) => ((p.requirements as Record<string, unknown>)["first_lot"] = { lot: "required" })),
      "requirements.first_lot",
      'is not a known key; did you mean "first-lot"? (allowed: first-lot, sample-only, shipment-window, full-production, hold, payment-trigger, pause)',
    ],
    [
      "requirements for emails that are not releases",
      variant((p) => ((p.requirements as Record<string, unknown>)["not-a-release"] = { lot: "optional" })),
      "requirements.not-a-release",
      "is not a known key; a policy sets no requirements for emails that are not releases (allowed: first-lot, sample-only, shipment-window, full-production, hold, payment-trigger, pause)",
    ],
    [
      "an unknown key in a banned phrase",
      variant((p) => ((p.bannedPhrases as Record<string, unknown>[])[0]!.replacement = "Release lot 1")),
      "bannedPhrases[0].replacement",
      "is not a known key (allowed: phrase, suggestion, severity)",
    ],
    [
      "a key written in another case",
      variant((p) => ((p.requirements as Record<string, Record<string, string>>)["first-lot"] = { RevisionMaterial: "required" })),
      "requirements.first-lot.RevisionMaterial",
      'is not a known key; did you mean "revisionMaterial"? (allowed: lot, balance, trigger, revisionMaterial, approver)',
    ],
    [
      "text where a list belongs",
      variant((p) => (p.materials = "PA12, PETG")),
      "materials",
      'must be a list ([ … ]) (got text "PA12, PETG")',
    ],
    ["a number in a list of units", variant((p) => (p.units = ["brackets", 12])), "units[1]", "must be text in double quotes (got the number 12)"],
    ["a list where an object belongs", variant((p) => (p.sendCheck = ["block"])), "sendCheck", "must be an object ({ … }) (got a list)"],
    ["null for a name", variant((p) => (p.approvers = [{ name: null }])), "approvers[0].name", "must be text in double quotes (got null)"],
    [
      "a requirement that is not required, optional or must-be-missing",
      variant((p) => ((p.requirements as Record<string, Record<string, unknown>>)["first-lot"]!.approver = true)),
      "requirements.first-lot.approver",
      "must be one of required, optional, must-be-missing (got true)",
    ],
    [
      "a banned phrase severity that does not exist",
      variant((p) => ((p.bannedPhrases as Record<string, unknown>[])[0]!.severity = "critical")),
      "bannedPhrases[0].severity",
      'must be one of error, warning, info (got "critical")',
    ],
    ["an empty phrase", variant((p) => (p.bannedPhrases = [{ phrase: "" }])), "bannedPhrases[0].phrase", "must not be empty"],
    ["a phrase of spaces only", variant((p) => (p.bannedPhrases = [{ phrase: "   " }])), "bannedPhrases[0].phrase", "must not be blank (it holds only spaces)"],
    ["an empty suggestion", variant((p) => (p.bannedPhrases = [{ phrase: "ASAP", suggestion: "" }])), "bannedPhrases[0].suggestion", "must not be empty"],
    ["an empty role", variant((p) => (p.approvers = [{ name: "Priya Raman", role: "" }])), "approvers[0].role", "must not be empty"],
    ["an empty material", variant((p) => (p.materials = ["PA11 CF", ""])), "materials[1]", "must not be empty"],
    ["a banned phrase without a phrase", variant((p) => (p.bannedPhrases = [{ suggestion: "Name the lot" }])), "bannedPhrases[0].phrase", "is required but missing"],
    ["an approver without a name", variant((p) => (p.approvers = [{ role: "quality engineer" }])), "approvers[0].name", "is required but missing"],
    ["a policy format version this release does not read", variant((p) => (p.version = 2)), "version", "must be 1 (got 2); this Release Guard reads policy format version 1"],
    ["a version written as text", variant((p) => (p.version = "1")), "version", 'must be 1 (got "1"); this Release Guard reads policy format version 1'],
    [
      "the same material twice in another case",
      variant((p) => (p.materials = ["PA11 CF", "Black PETG", "black  petg"])),
      "materials[2]",
      'repeats materials[1] ("black  petg"); list each one once',
    ],
    ["the same unit twice", variant((p) => (p.units = ["kits", "kits"])), "units[1]", 'repeats units[0] ("kits"); list each one once'],
    [
      "one banned phrase listed twice with different suggestions",
      variant((p) => (p.bannedPhrases = [{ phrase: "ASAP", suggestion: "Give a date" }, { phrase: "asap", suggestion: "Need by Friday" }])),
      "bannedPhrases[1].phrase",
      'repeats bannedPhrases[0].phrase ("asap"); list each one once',
    ],
    [
      "one approver listed twice with different roles",
      variant((p) => (p.approvers = [{ name: "Dana Ortiz", role: "purchasing" }, { name: "Dana  Ortiz", role: "buyer" }])),
      "approvers[1].name",
      'repeats approvers[0].name ("Dana  Ortiz"); list each one once',
    ],
    ["a phrase that is too long", variant((p) => (p.bannedPhrases = [{ phrase: "go ahead ".repeat(30) }])), "bannedPhrases[0].phrase", "is too long (270 characters; at most 200)"],
    [
      "too many units",
      variant((p) => (p.units = Array.from({ length: 101 }, (_, i) => `unit ${i}`))),
      "units",
      "has too many entries (101; at most 100)",
    ],
  ])("refuses %s", (_name, text, field, problem) => {
    const result = refused(parsePolicy(text, "policy.json"));
    expect(result.errors).toEqual([{ field, problem }]);
    expect(result.message).toBe(`policy.json: field "${field}" ${problem}`);
  });

  it("words a bad reaction exactly as the buyer's admin reads it", () => {
    const result = refused(parsePolicy('{\n  "sendCheck": { "error": "stop" }\n}\n', "policy.json"));
    expect(result.message).toBe('policy.json: field "sendCheck.error" must be one of allow, warn, block (got "stop")');
  });

  it("names the file as the caller gave it", () => {
    const result = refused(parsePolicy('{ "unit": [] }', "/etc/release-guard/acme policy.json"));
    expect(result.message.startsWith('/etc/release-guard/acme policy.json: field "unit" is not a known key; did you mean "units"?')).toBe(true);
  });

  it("refuses a policy that is not an object", () => {
    const result = refused(parsePolicy('[{ "phrase": "ASAP" }]', "policy.json"));
    expect(result.errors).toEqual([{ field: "", problem: "the policy must be an object ({ … }) (got a list)" }]);
    expect(result.message).toBe("policy.json: the policy must be an object ({ … }) (got a list)");
  });

  it("refuses a key written twice, naming both lines", () => {
    const text = '{\n  "sendCheck": { "error": "warn" },\n  "units": ["kits"],\n  "sendCheck": { "error": "block" }\n}\n';
    const result = refused(parsePolicy(text, "policy.json"));
    expect(result.errors).toEqual([{ field: "sendCheck", problem: "appears twice (lines 2 and 4); JSON would keep only the last, so remove one" }]);
  });

  it("refuses a detail written twice inside a kind", () => {
    const text = '{ "requirements": { "hold": {\n "trigger": "required",\n "trigger": "optional" } } }';
    const result = refused(parsePolicy(text, "policy.json"));
    expect(result.errors).toEqual([{ field: "requirements.hold.trigger", problem: "appears twice (lines 2 and 3); JSON would keep only the last, so remove one" }]);
  });

  it("reports every problem at once, one line each, in a stable order", () => {
    const text = JSON.stringify({
      version: 1,
      requirements: { "first-lot": { lot: "mandatory" } },
      bannedPhrases: [{ phrase: "" }],
      sendCheck: { error: "stop", warnings: "warn" },
    });
    const result = refused(parsePolicy(text, "policy.json"));
    expect(result.message.split("\n")).toEqual([
      'policy.json: field "requirements.first-lot.lot" must be one of required, optional, must-be-missing (got "mandatory")',
      'policy.json: field "bannedPhrases[0].phrase" must not be empty',
      'policy.json: field "sendCheck.warnings" is not a known key; did you mean "warning"? (allowed: error, warning, info)',
      'policy.json: field "sendCheck.error" must be one of allow, warn, block (got "stop")',
    ]);
    expect(result.errors).toHaveLength(4);
  });

  it("gives one problem per field, the most useful one", () => {
    // 3 is both the wrong type and not one of the reactions: the list of reactions helps more.
    const result = refused(parsePolicy('{ "sendCheck": { "info": 3 } }', "policy.json"));
    expect(result.errors).toEqual([{ field: "sendCheck.info", problem: "must be one of allow, warn, block (got 3)" }]);
  });

  it(`spells out at most ${MAX_MESSAGE_PROBLEMS} problems in the message but keeps them all in errors`, () => {
    const policy = Object.fromEntries(Array.from({ length: 25 }, (_, i) => [`rule${String(i).padStart(2, "0")}`, true]));
    const result = refused(parsePolicy(JSON.stringify(policy), "policy.json"));
    const lines = result.message.split("\n");
    expect(result.errors).toHaveLength(25);
    expect(lines).toHaveLength(MAX_MESSAGE_PROBLEMS + 1);
    expect(lines[0]).toMatch(/^policy\.json: field "rule00" is not a known key/);
    expect(lines[MAX_MESSAGE_PROBLEMS]).toBe("policy.json: … and 5 more problems");
  });

  it("quotes keys that are not plain words in field paths", () => {
    const result = refused(parsePolicy('{ "requirements": { "first lot": {} } }', "policy.json"));
    expect(result.errors[0]?.field).toBe('requirements["first lot"]');
  });

  it("treats __proto__ as an unknown key rather than touching the prototype", () => {
    const result = refused(parsePolicy('{ "__proto__": { "units": ["kits"] } }', "policy.json"));
    expect(result.errors[0]?.field).toBe("__proto__");
    expect(({} as Record<string, unknown>).units).toBeUndefined();
  });
});

describe("parsePolicy: files that are not JSON", () => {
  it.each<[string, string, string]>([
    ["an empty file", "", "policy.json: the file is empty (a policy that changes nothing is written {})"],
    ["a file of blank lines", "\n\n  \n", "policy.json: the file is empty (a policy that changes nothing is written {})"],
    [
      "a trailing comma in a list",
      '{\n  "units": ["brackets", "kits",]\n}\n',
      'policy.json: not valid JSON at line 2, column 32: a comma before "]": JSON allows no comma after the last entry',
    ],
    [
      "a trailing comma in an object",
      '{\n  "sendCheck": {\n    "error": "block",\n  }\n}\n',
      'policy.json: not valid JSON at line 4, column 3: a comma before "}": JSON allows no comma after the last entry',
    ],
    [
      "a missing comma between two keys",
      '{\n  "units": ["kits"]\n  "materials": ["PA12"]\n}\n',
      'policy.json: not valid JSON at line 3, column 3: a comma is missing before this key (after the value of "units")',
    ],
    ["a comment", '{\n  // who may approve\n  "approvers": []\n}', "policy.json: not valid JSON at line 2, column 3: JSON does not allow comments"],
    ["single quotes", "{ 'units': ['kits'] }", 'policy.json: not valid JSON at line 1, column 3: text must be in double quotes ("like this"), not single quotes'],
    ["an unquoted key", "{ units: [] }", "policy.json: not valid JSON at line 1, column 3: expected a key in double quotes (found units; text must be in double quotes)"],
    ["an unquoted value", '{ "sendCheck": { "error": block } }', "policy.json: not valid JSON at line 1, column 27: expected a value (found block; text must be in double quotes)"],
    [
      "a missing closing brace",
      '{\n  "sendCheck": { "error": "block" }\n',
      'policy.json: not valid JSON at line 3, column 1: the file ends inside the { opened on line 1 (a "}" is missing)',
    ],
    ["an unclosed string", '{ "units": ["kits] }', "policy.json: not valid JSON at line 1, column 13: this text has no closing double quote"],
    [
      "a web page instead of the policy",
      "<!DOCTYPE html>\n<html><body>Not found</body></html>",
      'policy.json: not valid JSON at line 1, column 1: expected a value (found "<": this looks like a web page, not a JSON file)',
    ],
    ["two policies one after the other", '{ "units": [] }\n{ "materials": [] }\n', 'policy.json: not valid JSON at line 2, column 1: unexpected "{" after the end of the JSON value'],
  ])("refuses %s with the line and column", (_name, text, message) => {
    const result = refused(parsePolicy(text, "policy.json"));
    expect(result.message).toBe(message);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]?.field).toBe("");
  });

  it("counts lines the same with Windows line endings", () => {
    const result = refused(parsePolicy('{\r\n  "units": ["kits",]\r\n}\r\n', "policy.json"));
    expect(result.message).toBe('policy.json: not valid JSON at line 2, column 20: a comma before "]": JSON allows no comma after the last entry');
  });

  it("refuses a file larger than the limit without parsing it", () => {
    const text = `{ "materials": ["${"x".repeat(MAX_POLICY_CHARS)}"] }`;
    const result = refused(parsePolicy(text, "policy.json"));
    expect(result.message).toBe(`policy.json: the file is too large (${text.length} characters; a policy may have at most ${MAX_POLICY_CHARS})`);
  });
});
