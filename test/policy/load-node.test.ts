import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { loadPolicyFile, MAX_POLICY_BYTES } from "../../src/policy/load-node";

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "release-guard-policy-"));
});
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

function write(name: string, content: string | Uint8Array): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  return file;
}

describe("loadPolicyFile", () => {
  it("loads the complete example", () => {
    const result = loadPolicyFile(path.join(__dirname, "..", "..", "config", "policy.example.json"));
    if (!result.ok) throw new Error(result.message);
    expect(result.policy.sendCheck).toEqual({ error: "block", warning: "warn", info: "allow" });
    expect(result.policy.materials).toEqual(["Accura 25", "PA11 CF", "ULTEM 9085", "Somos WaterShed XC 11122"]);
    expect(result.policy).not.toHaveProperty("$schema");
  });

  it("loads a policy saved with a UTF-8 byte-order mark", () => {
    const file = write("bom.json", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{ "units": ["Stück"] }', "utf8")]));
    expect(loadPolicyFile(file)).toEqual({ ok: true, policy: { units: ["Stück"] } });
  });

  it("names the file and says it does not exist", () => {
    const file = path.join(dir, "acme-policy.json");
    expect(loadPolicyFile(file)).toEqual({
      ok: false,
      message: `${file}: cannot read the policy file (no such file)`,
      errors: [{ field: "", problem: "cannot read the policy file (no such file)" }],
    });
  });

  it("keeps a relative path exactly as the admin typed it", () => {
    const result = loadPolicyFile("config/no-such-policy.json");
    expect(result.ok ? "" : result.message).toBe("config/no-such-policy.json: cannot read the policy file (no such file)");
  });

  it("says when the path is a folder", () => {
    const result = loadPolicyFile(dir);
    expect(result.ok ? "" : result.message).toBe(`${dir}: cannot read the policy file (it is a folder, not a file)`);
  });

  it("says when a folder in the path is a file", () => {
    const file = write("plain.json", "{}");
    const result = loadPolicyFile(path.join(file, "policy.json"));
    expect(result.ok ? "" : result.message).toBe(`${path.join(file, "policy.json")}: cannot read the policy file (a folder in the path is not a folder)`);
  });

  it("names the file, line and column of bad JSON", () => {
    const file = write("trailing-comma.json", '{\n  "sendCheck": {\n    "error": "block",\n  }\n}\n');
    const result = loadPolicyFile(file);
    expect(result.ok ? "" : result.message).toBe(
      `${file}: not valid JSON at line 4, column 3: a comma before "}": JSON allows no comma after the last entry`,
    );
  });

  it("names the file and field of a schema error", () => {
    const file = write("bad-reaction.json", '{ "sendCheck": { "error": "stop" } }');
    const result = loadPolicyFile(file);
    expect(result.ok ? "" : result.message).toBe(`${file}: field "sendCheck.error" must be one of allow, warn, block (got "stop")`);
    expect(result.ok ? [] : result.errors).toEqual([{ field: "sendCheck.error", problem: 'must be one of allow, warn, block (got "stop")' }]);
  });

  it("refuses a file saved as UTF-16 with a way to fix it", () => {
    const file = write("utf16.json", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("{}", "utf16le")]));
    const result = loadPolicyFile(file);
    expect(result.ok ? "" : result.message).toBe(`${file}: cannot read the policy file (it is saved as UTF-16; save it as UTF-8)`);
  });

  it("refuses bytes that are not UTF-8 (e.g. a Latin-1 file) instead of guessing", () => {
    const file = write("latin1.json", Buffer.from('{ "units": ["St\xfcck"] }', "latin1"));
    const result = loadPolicyFile(file);
    expect(result.ok ? "" : result.message).toBe(`${file}: cannot read the policy file (it is not UTF-8 text; save it as UTF-8)`);
  });

  it("refuses a huge file without reading it", () => {
    const file = write("huge.json", "");
    fs.truncateSync(file, MAX_POLICY_BYTES + 1);
    const result = loadPolicyFile(file);
    expect(result.ok ? "" : result.message).toBe(
      `${file}: cannot read the policy file (it is ${MAX_POLICY_BYTES + 1} bytes; a policy may have at most ${MAX_POLICY_BYTES})`,
    );
  });

  it("refuses an empty file", () => {
    const file = write("empty.json", "");
    const result = loadPolicyFile(file);
    expect(result.ok ? "" : result.message).toBe(`${file}: the file is empty (a policy that changes nothing is written {})`);
  });
});
