/**
 * The published schema (docs/policy.schema.json), the Policy type (src/checker/types.ts), the
 * generated validator and the example policy must say the same thing.
 */
import Ajv from "ajv";
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import * as ts from "typescript";
import { DETAIL_KEYS, RELEASE_KINDS, type ReleaseKind } from "../../src/checker/types";
import { parsePolicy } from "../../src/policy/validate";
import { APPROVER_KEYS, BANNED_PHRASE_KEYS, POLICY_KEYS, REACTIONS, REQUIREMENTS, SEVERITIES } from "./policy-type-lists";

const ROOT = path.join(__dirname, "..", "..");
const read = (p: string): string => fs.readFileSync(path.join(ROOT, p), "utf8");

interface SchemaNode {
  $ref?: string;
  type?: string;
  enum?: unknown[];
  const?: unknown;
  properties?: Record<string, SchemaNode>;
  required?: string[];
  items?: SchemaNode;
  additionalProperties?: boolean;
  definitions?: Record<string, SchemaNode>;
  minLength?: number;
  maxItems?: number;
}

const schema = JSON.parse(read("docs/policy.schema.json")) as SchemaNode;
const example = JSON.parse(read("config/policy.example.json")) as Record<string, unknown>;

function resolve(node: SchemaNode): SchemaNode {
  if (node.$ref === undefined) return node;
  const name = node.$ref.replace("#/definitions/", "");
  const target = schema.definitions?.[name];
  if (target === undefined) throw new Error(`unresolved ${node.$ref}`);
  return resolve(target);
}
const keysOf = (node: SchemaNode): string[] => Object.keys(resolve(node).properties ?? {}).sort();
const prop = (node: SchemaNode, key: string): SchemaNode => {
  const p = resolve(node).properties?.[key];
  if (p === undefined) throw new Error(`schema has no property ${key}`);
  return resolve(p);
};
const sorted = (xs: readonly string[]): string[] => [...xs].sort();

/** Kinds a policy cannot set requirements for (the type allows it; the schema refuses it on purpose). */
const KINDS_WITHOUT_REQUIREMENTS: readonly ReleaseKind[] = ["not-a-release"];

describe("test/policy/policy-type-lists.ts: the key lists are exactly the Policy type's", () => {
  const listsFile = path.join(__dirname, "policy-type-lists.ts");
  const options: ts.CompilerOptions = {
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    types: [],
    target: ts.ScriptTarget.ES2020,
    lib: ["lib.es2020.d.ts"],
    module: ts.ModuleKind.CommonJS,
    moduleResolution: ts.ModuleResolutionKind.Node10,
  };
  /** Type-checks the lists file, or a variant of its text, and returns the compiler's complaints. */
  const compile = (replace?: [string, string]): string[] => {
    const host = ts.createCompilerHost(options);
    if (replace !== undefined) {
      const text = fs.readFileSync(listsFile, "utf8");
      expect(text).toContain(replace[0]);
      const original = host.getSourceFile.bind(host);
      host.getSourceFile = (fileName, languageVersion, ...rest) =>
        path.resolve(fileName) === listsFile
          ? ts.createSourceFile(fileName, text.replace(replace[0], replace[1]), languageVersion)
          : original(fileName, languageVersion, ...rest);
    }
    const program = ts.createProgram([listsFile], options, host);
    return ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
  };

  it("compiles", () => {
    expect(compile()).toEqual([]);
  });

  it("would not compile if a list missed a key of the type (the check can fail)", () => {
    expect(compile(['"materials", "units", "sendCheck"] as const', '"materials", "units"] as const']).length).toBeGreaterThan(0);
    expect(compile(['["allow", "warn", "block"]', '["allow", "warn", "stop"]']).length).toBeGreaterThan(0);
  });
});

describe("docs/policy.schema.json agrees with the Policy type", () => {
  it("has exactly the Policy keys at the top, plus $schema and version", () => {
    expect(keysOf(schema)).toEqual(sorted([...POLICY_KEYS, "$schema", "version"]));
    expect(schema.required ?? []).toEqual([]);
    expect(prop(schema, "version").const).toBe(1);
    expect(prop(schema, "$schema").type).toBe("string");
  });

  it("lists every release kind except not-a-release under requirements, each with the five details", () => {
    const requirements = prop(schema, "requirements");
    expect(keysOf(requirements)).toEqual(sorted(RELEASE_KINDS.filter((k) => !KINDS_WITHOUT_REQUIREMENTS.includes(k))));
    for (const kind of keysOf(requirements)) {
      const details = prop(requirements, kind);
      expect(keysOf(details)).toEqual(sorted(DETAIL_KEYS));
      for (const detail of DETAIL_KEYS) expect(prop(details, detail).enum).toEqual([...REQUIREMENTS]);
    }
  });

  it("describes banned phrases and approvers with the type's keys, required keys and severities", () => {
    const phrase = resolve(prop(schema, "bannedPhrases").items as SchemaNode);
    expect(keysOf(phrase)).toEqual(sorted(BANNED_PHRASE_KEYS));
    expect(phrase.required).toEqual(["phrase"]);
    expect(prop(phrase, "severity").enum).toEqual([...SEVERITIES]);
    const approver = resolve(prop(schema, "approvers").items as SchemaNode);
    expect(keysOf(approver)).toEqual(sorted(APPROVER_KEYS));
    expect(approver.required).toEqual(["name"]);
  });

  it("gives sendCheck one reaction per severity", () => {
    const sendCheck = prop(schema, "sendCheck");
    expect(keysOf(sendCheck)).toEqual(sorted(SEVERITIES));
    for (const severity of SEVERITIES) expect(prop(sendCheck, severity).enum).toEqual([...REACTIONS]);
  });

  it("forbids unknown keys, empty strings and unbounded lists everywhere", () => {
    const visit = (node: SchemaNode, where: string): void => {
      const n = resolve(node);
      if (n.properties !== undefined) {
        expect([where, n.additionalProperties]).toEqual([where, false]);
        for (const [k, child] of Object.entries(n.properties)) visit(child, `${where}.${k}`);
      }
      if (n.type === "string" && n.enum === undefined) expect([where, n.minLength]).toEqual([where, 1]);
      if (n.type === "array") {
        expect([where, typeof n.maxItems]).toEqual([where, "number"]);
        visit(n.items as SchemaNode, `${where}[]`);
      }
    };
    visit(schema, "policy");
  });

  it("is a valid draft-07 schema that ajv compiles in strict mode", () => {
    const ajv = new Ajv({ strict: true });
    expect(ajv.validateSchema(schema)).toBe(true);
    expect(() => ajv.compile(schema)).not.toThrow();
  });
});

describe("config/policy.example.json", () => {
  it("validates", () => {
    const result = parsePolicy(read("config/policy.example.json"), "config/policy.example.json");
    expect(result.ok ? "ok" : result.message).toBe("ok");
  });

  it("uses only keys the schema knows, and every key and value the schema defines (a complete example)", () => {
    // Instances of each schema node, merged across $ref so e.g. every detail appears in some kind.
    const seen = new Map<string, { node: SchemaNode; values: unknown[] }>();
    const unknownKeys: string[] = [];
    const collect = (node: SchemaNode, id: string, value: unknown, where: string): void => {
      const nodeId = node.$ref ?? id;
      const n = resolve(node);
      const entry = seen.get(nodeId) ?? { node: n, values: [] };
      entry.values.push(value);
      seen.set(nodeId, entry);
      if (n.properties !== undefined && value !== null && typeof value === "object") {
        for (const [k, v] of Object.entries(value)) {
          const child = n.properties[k];
          if (child === undefined) unknownKeys.push(`${where}.${k}`);
          else collect(child, `${nodeId}/${k}`, v, `${where}.${k}`);
        }
      }
      if (n.items !== undefined && Array.isArray(value)) value.forEach((v, i) => collect(n.items as SchemaNode, `${nodeId}[]`, v, `${where}[${i}]`));
    };
    collect(schema, "#", example, "policy");
    expect(unknownKeys).toEqual([]);

    const missing: string[] = [];
    for (const [id, { node, values }] of seen) {
      for (const key of Object.keys(node.properties ?? {})) {
        if (!values.some((v) => v !== null && typeof v === "object" && key in v)) missing.push(`${id}.${key}`);
      }
      for (const allowed of node.enum ?? []) if (!values.includes(allowed)) missing.push(`${id} = ${String(allowed)}`);
    }
    expect(missing).toEqual([]);
    // Optional keys are also shown left out somewhere, so admins see they are optional.
    const phrases = example.bannedPhrases as Record<string, unknown>[];
    expect(phrases.some((p) => !("suggestion" in p))).toBe(true);
    expect(phrases.some((p) => !("severity" in p))).toBe(true);
    expect((example.approvers as Record<string, unknown>[]).some((a) => !("role" in a))).toBe(true);
  });

  it("is the example docs/policy.md shows", () => {
    const doc = read("docs/policy.md");
    const blocks = [...doc.matchAll(/```json\n([\s\S]*?)\n```/g)].map((m) => m[1] as string);
    const complete = blocks.find((b) => b.includes('"sendCheck"') && b.includes('"$schema"'));
    expect(complete === undefined ? undefined : JSON.parse(complete)).toEqual(example);
  });

  it("documents every key of the schema in docs/policy.md", () => {
    const doc = read("docs/policy.md");
    const names = [...POLICY_KEYS, ...BANNED_PHRASE_KEYS, ...APPROVER_KEYS, ...DETAIL_KEYS, ...REQUIREMENTS, ...REACTIONS, "version", "$schema"];
    expect(names.filter((name) => !doc.includes(`\`${name}\``))).toEqual([]);
  });
});

describe("the generated validator (src/policy/policy-validator.generated.ts)", () => {
  const generatedPath = "src/policy/policy-validator.generated.ts";
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const generator = require(path.join(ROOT, "src/policy/generate-validator.cjs")) as { generate(schemaText: string): string; AJV_OPTIONS: object };

  it("is up to date with the schema (run: node src/policy/generate-validator.cjs)", () => {
    expect(read(generatedPath) === generator.generate(read("docs/policy.schema.json"))).toBe(true);
  });

  it("has a --check mode that exits 0 when up to date", () => {
    const out = execFileSync(process.execPath, ["src/policy/generate-validator.cjs", "--check"], { cwd: ROOT, encoding: "utf8" });
    expect(out).toBe(`${generatedPath} is up to date\n`);
  });

  it("needs no eval and imports only ajv's small runtime helpers (safe under a strict CSP, small in the bundle)", () => {
    const code = read(generatedPath);
    expect(code).not.toMatch(/new Function|\beval\(|\brequire\(/);
    const imports = [...code.matchAll(/^import .* from "([^"]+)";$/gm)].map((m) => m[1]);
    expect(imports.length).toBeGreaterThan(0);
    for (const source of imports) expect(source).toMatch(/^ajv\/dist\/runtime\/\w+$/);
  });

  it("gives the same verdicts and errors as ajv compiling the schema at run time", () => {
    const ajv = new Ajv(generator.AJV_OPTIONS);
    const runtime = ajv.compile(schema);
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const generated = require(path.join(ROOT, generatedPath)).validate as ((d: unknown) => boolean) & { errors?: unknown[] | null };
    const inputs: unknown[] = [
      example,
      {},
      [],
      null,
      { version: 2, sendCheck: { error: "stop", extra: 1 } },
      { bannedPhrases: [{ phrase: "" }, { suggestion: "x" }, "ASAP"], units: ["kits", "kits", 3] },
      { requirements: { "first-lot": { lot: "mandatory", lots: "required" }, "not-a-release": {} }, approvers: [{ name: " ", role: 1 }] },
      { materials: Array.from({ length: 501 }, (_, i) => `m${i}`) },
    ];
    const strip = (errors: unknown[] | null | undefined): unknown =>
      (errors ?? []).map((e) => {
        const { instancePath, keyword, params } = e as Record<string, unknown>;
        return { instancePath, keyword, params };
      });
    for (const input of inputs) {
      expect([input, generated(input)]).toEqual([input, runtime(input)]);
      expect(strip(generated.errors)).toEqual(strip(runtime.errors));
    }
  });

  it("is used by validate.ts, json-syntax.ts and nothing from Node or the DOM", () => {
    for (const file of ["src/policy/validate.ts", "src/policy/json-syntax.ts"]) {
      const code = read(file)
        .replace(/\/\*[\s\S]*?\*\//g, "")
        .replace(/\/\/.*$/gm, "");
      const imports = [...code.matchAll(/from "([^"]+)"/g)].map((m) => m[1]);
      for (const source of imports) expect([file, source]).toEqual([file, expect.stringMatching(/^(\.\/|\.\.\/checker\/types$|ajv$)/)]);
      expect([file, code.match(/\b(process|Buffer|window|document|fetch|require|localStorage|navigator)\b/)?.[0]]).toEqual([file, undefined]);
    }
  });
});
