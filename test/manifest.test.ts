/**
 * The manifest: one source (manifest.xml), rewritten per base URL by the build, HTTPS only, valid
 * against the official XML Schemas (offline), and in step with the send handler's function name.
 */
import * as fs from "fs";
import * as path from "path";
import * as manifest from "../scripts/manifest";

const ROOT = path.resolve(__dirname, "..");
const SOURCE = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
const EXAMPLE_BASE = "https://addins.example.com";

type WebpackConfigFn = (env?: Record<string, unknown>, argv?: { mode?: string }) => Promise<Array<Record<string, any>>>;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const webpackConfig: WebpackConfigFn = require("../webpack.config.js");

/** The manifest exactly as `npm run build:addin` writes it: the webpack config's own copy transform. */
async function builtManifest(baseUrl?: string): Promise<string> {
  const configs = await webpackConfig(baseUrl ? { ADDIN_BASE_URL: baseUrl } : {}, { mode: "production" });
  const ui = configs.find((c) => c.name === "ui");
  const copy = ui?.plugins.find((p: { constructor: { name: string } }) => p.constructor.name === "CopyPlugin");
  const pattern = copy?.patterns.find((p: { to?: string }) => p.to === "manifest.xml");
  if (!pattern) throw new Error("webpack.config.js no longer copies manifest.xml");
  return pattern.transform.transformer(Buffer.from(SOURCE), path.join(ROOT, "manifest.xml"));
}

/** Attribute value of the first element matching `selector` (a regex over the start tag). */
function attr(xml: string, tagPattern: RegExp, name: string): string | undefined {
  const tag = xml.match(tagPattern)?.[0];
  return tag?.match(new RegExp(`\\b${name}="([^"]*)"`))?.[1];
}

/** The URL a resid names in the innermost (V1_1) Resources block. */
function urlOf(xml: string, resid: string): string | undefined {
  const v11 = xml.slice(xml.indexOf('xsi:type="VersionOverridesV1_1"'));
  return attr(v11, new RegExp(`<bt:Url id="${resid.replace(/\./g, "\\.")}"[^>]*>`), "DefaultValue");
}

/** The id the send handler passes to Office.actions.associate, following one constant import. */
function associatedFunctionName(): string {
  const dir = path.join(ROOT, "src", "launchevent");
  const source = fs.readFileSync(path.join(dir, "launchevent.ts"), "utf8");
  const call = source.match(/Office\.actions\.associate\(\s*(?:(["'`])([^"'`]+)\1|([A-Za-z_$][\w$]*))\s*,/);
  if (!call) throw new Error("src/launchevent/launchevent.ts does not call Office.actions.associate(id, handler)");
  if (call[2]) return call[2];
  const ident = call[3];
  const constant = new RegExp(`const\\s+${ident}\\b[^=]*=\\s*(["'\`])([^"'\`]+)\\1`);
  const local = source.match(constant);
  if (local) return local[2];
  const from = source.match(new RegExp(`import\\s*{[^}]*\\b${ident}\\b[^}]*}\\s*from\\s*["'](\\.[^"']+)["']`));
  if (!from) throw new Error(`cannot find where ${ident} comes from in launchevent.ts`);
  const imported = fs.readFileSync(path.join(dir, `${from[1]}.ts`), "utf8").match(constant);
  if (!imported) throw new Error(`${from[1]}.ts does not define ${ident} as a string constant`);
  return imported[2];
}

function pngSize(file: string): { width: number; height: number } {
  const buf = fs.readFileSync(file);
  expect(buf.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

describe("manifest.xml source", () => {
  it("asks for ReadWriteItem and nothing more", () => {
    expect(SOURCE.match(/<Permissions>([^<]*)<\/Permissions>/g)).toEqual(["<Permissions>ReadWriteItem</Permissions>"]);
  });

  it("is a MailApp with VersionOverrides V1_0 wrapping V1_1", () => {
    expect(SOURCE).toMatch(/<OfficeApp[^>]*xsi:type="MailApp"/);
    const v10 = SOURCE.indexOf('xsi:type="VersionOverridesV1_0"');
    const v11 = SOURCE.indexOf('xsi:type="VersionOverridesV1_1"');
    expect(v10).toBeGreaterThan(0);
    expect(v11).toBeGreaterThan(v10);
    // V1_1 closes before V1_0 does: the last two closing tags are nested.
    expect(SOURCE.trimEnd()).toMatch(/<\/VersionOverrides>\s*<\/VersionOverrides>\s*<\/OfficeApp>$/);
  });

  it("requires Mailbox 1.3 to activate and Mailbox 1.12 for the send check", () => {
    expect(SOURCE).toMatch(/<Requirements>\s*<Sets>\s*<Set Name="Mailbox" MinVersion="1.3"\/>/);
    const v11 = SOURCE.slice(SOURCE.indexOf('xsi:type="VersionOverridesV1_1"'));
    expect(v11).toMatch(/<bt:Sets DefaultMinVersion="1.12">\s*<bt:Set Name="Mailbox"\/>/);
  });

  it("puts a compose-surface button that opens taskpane.html", () => {
    expect(SOURCE).toMatch(/<ExtensionPoint xsi:type="MessageComposeCommandSurface">/);
    expect(SOURCE).toMatch(/<Action xsi:type="ShowTaskpane">\s*<SourceLocation resid="Taskpane.Url"\/>/);
    expect(urlOf(SOURCE, "Taskpane.Url")).toBe("https://localhost:3000/taskpane.html");
  });

  it("registers OnMessageSend with SoftBlock, never Block", () => {
    const events: string[] = SOURCE.match(/<LaunchEvent [^>]*>/g) ?? [];
    expect(events).toHaveLength(1);
    const [event = ""] = events;
    expect(attr(event, /<LaunchEvent [^>]*>/, "Type")).toBe("OnMessageSend");
    expect(attr(event, /<LaunchEvent [^>]*>/, "SendMode")).toBe("SoftBlock");
    expect(SOURCE).not.toMatch(/SendMode="Block"/);
  });

  it("runs the handler from launchevent.html, with launchevent.js for classic Outlook on Windows", () => {
    const runtime = attr(SOURCE, /<Runtime [^>]*>/, "resid");
    const override = SOURCE.match(/<Override type="javascript" resid="([^"]+)"\/>/);
    const source = SOURCE.match(/<LaunchEvents>[\s\S]*?<\/LaunchEvents>\s*<SourceLocation resid="([^"]+)"\/>/);
    expect(runtime).toBeDefined();
    expect(source?.[1]).toBe(runtime);
    expect(urlOf(SOURCE, runtime!)).toBe("https://localhost:3000/launchevent.html");
    expect(urlOf(SOURCE, override![1])).toBe("https://localhost:3000/launchevent.js");
  });

  it("names the same function that the send handler associates", () => {
    const functionName = attr(SOURCE, /<LaunchEvent [^>]*>/, "FunctionName");
    expect(functionName).toBe("onMessageSendHandler");
    expect(associatedFunctionName()).toBe(functionName);
  });

  it("points every icon at a PNG in assets/ of the right size", () => {
    const icons = [...SOURCE.matchAll(/assets\/icon-(\d+)\.png/g)].map((m) => Number(m[1]));
    expect(new Set(icons)).toEqual(new Set([16, 32, 64, 80, 128]));
    for (const size of [16, 32, 64, 80, 128]) {
      expect(pngSize(path.join(ROOT, "assets", `icon-${size}.png`))).toEqual({ width: size, height: size });
    }
    expect(attr(SOURCE, /<IconUrl [^>]*>/, "DefaultValue")).toBe("https://localhost:3000/assets/icon-64.png");
    expect(attr(SOURCE, /<HighResolutionIconUrl [^>]*>/, "DefaultValue")).toBe("https://localhost:3000/assets/icon-128.png");
  });

  it("has a SupportUrl that the build ships a page for", () => {
    expect(attr(SOURCE, /<SupportUrl [^>]*>/, "DefaultValue")).toBe("https://localhost:3000/support.html");
    const page = fs.readFileSync(path.join(ROOT, "src", "support", "support.html"), "utf8");
    expect(page).toContain("<title>Release Guard");
    expect(page).toMatch(/no network/i);
  });
});

describe("base URL at build time", () => {
  it("rewrites every URL to the organisation's host and leaves no localhost behind", async () => {
    const xml = await builtManifest(`${EXAMPLE_BASE}/release-guard/`);
    expect(xml).not.toContain("localhost");
    expect(urlOf(xml, "LaunchEventJs.Url")).toBe(`${EXAMPLE_BASE}/release-guard/launchevent.js`);
    expect(attr(xml, /<SupportUrl [^>]*>/, "DefaultValue")).toBe(`${EXAMPLE_BASE}/release-guard/support.html`);
  });

  it("defaults to https://localhost:3000", async () => {
    const xml = await builtManifest();
    expect(xml).toBe(SOURCE);
  });

  it.each([undefined, EXAMPLE_BASE])("writes only HTTPS URLs (base %s)", async (base) => {
    const urls = manifest.manifestUrls(await builtManifest(base));
    expect(urls.length).toBeGreaterThanOrEqual(14);
    expect(urls.filter((u) => !u.startsWith("https://"))).toEqual([]);
  });

  it("does not mistake XML namespace names for URLs", () => {
    const urls = manifest.manifestUrls(SOURCE);
    expect(urls.some((u) => u.includes("schemas.microsoft.com"))).toBe(false);
  });

  it("refuses an http:// base URL with a clear error, before building anything", async () => {
    await expect(webpackConfig({ ADDIN_BASE_URL: "http://addins.example.com" }, { mode: "production" })).rejects.toThrow(
      /ADDIN_BASE_URL must use https:\/\/ — got "http:\/\/addins\.example\.com"/,
    );
  });

  it.each([
    ["ftp://addins.example.com", /must be an https:\/\/ URL/],
    ["addins.example.com", /not a valid absolute URL/],
    ["https://addins.example.com/?v=2", /query or fragment/],
    ["https://user:pw@addins.example.com", /credentials/],
  ])("refuses %s", (base, message) => {
    expect(() => manifest.renderManifest(SOURCE, base)).toThrow(message);
  });

  it("refuses a manifest whose rewritten URLs would not all be HTTPS", () => {
    const withHttpLink = SOURCE.replace('<SupportUrl DefaultValue="https://localhost:3000/support.html"/>', '<SupportUrl DefaultValue="http://help.example.com/"/>');
    expect(() => manifest.renderManifest(withHttpLink, EXAMPLE_BASE)).toThrow(/non-HTTPS URLs: http:\/\/help\.example\.com\//);
  });
});

describe("finding the schemas", () => {
  it("uses RELEASE_GUARD_SCHEMAS when set", () => {
    const dir = path.resolve(ROOT, "..", "shared", "schemas");
    if (!fs.existsSync(dir)) return;
    expect(manifest.resolveSchemasDir({ RELEASE_GUARD_SCHEMAS: dir }, "/nonexistent/repo").dir).toBe(dir);
  });

  it("fails when RELEASE_GUARD_SCHEMAS points at a folder without them", () => {
    expect(() => manifest.resolveSchemasDir({ RELEASE_GUARD_SCHEMAS: __dirname })).toThrow(/has no OfficeAppManifestV1_1\.xsd/);
  });

  it("says why it skips when ../shared/schemas is absent", () => {
    const found = manifest.resolveSchemasDir({}, path.join(ROOT, "test", "no-such-repo"));
    expect(found.dir).toBeNull();
    expect(found.reason).toMatch(/not found at .*shared.schemas.*RELEASE_GUARD_SCHEMAS/s);
  });
});

const schemas = manifest.resolveSchemasDir();
if (!schemas.dir) {
  // Say so loudly: a skipped check must not look like a passed one.
  console.warn(`SKIPPED offline manifest schema validation: ${schemas.reason}`);
}
const describeWithSchemas = schemas.dir ? describe : describe.skip;

describeWithSchemas("schema validation (offline, ../shared/schemas)", () => {
  const validate = (xml: string) => manifest.validateManifest(xml, { schemasDir: schemas.dir as string });

  it.each([undefined, EXAMPLE_BASE])("accepts the built manifest (base %s)", async (base) => {
    const result = await validate(await builtManifest(base));
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it("rejects an unknown SendMode with the schema's message and line", async () => {
    const broken = SOURCE.replace('SendMode="SoftBlock"', 'SendMode="Sometimes"');
    const result = await validate(broken);
    expect(result.valid).toBe(false);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0].message).toContain("The value 'Sometimes' is not an element of the set {'PromptUser', 'SoftBlock', 'Block'}");
    expect(result.errors[0].line).toBe(SOURCE.split("\n").findIndex((l) => l.includes('SendMode="SoftBlock"')) + 1);
  });

  it("rejects Runtimes placed after DesktopFormFactor", async () => {
    const runtimes = SOURCE.match(/\s*<Runtimes>[\s\S]*?<\/Runtimes>/)![0];
    const v11Start = SOURCE.indexOf('xsi:type="VersionOverridesV1_1"');
    const head = SOURCE.slice(0, v11Start);
    const tail = SOURCE.slice(v11Start).replace(runtimes, "");
    const lastDesktopClose = tail.indexOf("</DesktopFormFactor>") + "</DesktopFormFactor>".length;
    const broken = head + tail.slice(0, lastDesktopClose) + runtimes + tail.slice(lastDesktopClose);
    const result = await validate(broken);
    expect(result.valid).toBe(false);
    expect(result.errors.map((e) => e.message).join("\n")).toMatch(/Element '\{[^}]+\}Runtimes': This element is not expected/);
  });

  it("rejects Version before Id", async () => {
    const broken = SOURCE.replace(/(\s*<Id>[^<]*<\/Id>)(\s*<Version>[^<]*<\/Version>)/, "$2$1");
    expect(broken).not.toBe(SOURCE);
    const result = await validate(broken);
    expect(result.valid).toBe(false);
    expect(result.errors[0].message).toMatch(/Element '\{[^}]+\}Version': This element is not expected\. Expected is \( \{[^}]+\}Id \)/);
  });

  it("rejects a permission Outlook does not know", async () => {
    const result = await validate(SOURCE.replace("<Permissions>ReadWriteItem</Permissions>", "<Permissions>ReadWriteEverything</Permissions>"));
    expect(result.valid).toBe(false);
    expect(result.errors[0].message).toContain("ReadWriteEverything");
  });
});

describe("what the build ships next to the manifest", () => {
  async function copyTargets(mode: string, officeJs?: string): Promise<string[]> {
    const configs = await webpackConfig(officeJs ? { OFFICE_JS: officeJs } : {}, { mode });
    const ui = configs.find((c) => c.name === "ui");
    const copy = ui?.plugins.find((p: { constructor: { name: string } }) => p.constructor.name === "CopyPlugin");
    return copy.patterns.map((p: { to: string }) => p.to);
  }

  it("copies the icons, the support page, config/ and an optional config/policy.json", async () => {
    const targets = await copyTargets("production");
    expect(targets).toEqual(expect.arrayContaining(["manifest.xml", "assets/[name][ext]", "support.html", "config", "policy.json"]));
  });

  it("ships only office.js (for the preview) in a production build, and Outlook's host files with OFFICE_JS=local", async () => {
    const cdn = await copyTargets("production");
    const local = await copyTargets("production", "local");
    expect(cdn.filter((t) => t.startsWith("office/"))).toEqual(["office/office.js", "office/o15apptofilemappingtable.js", "office/en-us/office_strings.js"]);
    expect(local).toEqual(expect.arrayContaining(["office/office.js", "office/[name][ext]", "office/[path][name][ext]"]));
  });

  it("refuses an OFFICE_JS it does not know", async () => {
    await expect(webpackConfig({ OFFICE_JS: "maybe" }, { mode: "production" })).rejects.toThrow(/OFFICE_JS must be "cdn" or "local"/);
  });
});
