/**
 * The send handler's production build: one self-contained file that classic Outlook on Windows
 * (before version 2403) can load — ECMAScript 2016 only — small enough to load well inside
 * Outlook's 5-second window, and registering the handler with Office.actions.associate.
 *
 * Runs the launchevent configuration of webpack.config.js once, through webpack's Node API, into a
 * temporary folder (the same output `npm run build:addin` writes to dist/addin/, without racing a
 * concurrent build over that folder).
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as zlib from "zlib";
import * as acorn from "acorn";
import webpack from "webpack";

type WebpackConfigFn = (env?: Record<string, unknown>, argv?: { mode?: string }) => Promise<webpack.Configuration[]>;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const webpackConfig: WebpackConfigFn = require("../webpack.config.js");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { OFFICE_JS_CDN } = require("../webpack.config.js") as { OFFICE_JS_CDN: string };

const BUDGET_GZIPPED = 40 * 1024;

let outDir = "";
let stats: webpack.Stats | undefined;
let bundle = "";

beforeAll(async () => {
  outDir = fs.mkdtempSync(path.join(os.tmpdir(), "release-guard-launchevent-"));
  const configs = await webpackConfig({}, { mode: "production" });
  const base = configs.find((c) => c.name === "launchevent");
  if (!base) throw new Error('webpack.config.js has no "launchevent" configuration');
  const config: webpack.Configuration = {
    ...base,
    output: { ...base.output, path: outDir },
    plugins: (base.plugins ?? []).filter((p) => p && p.constructor.name !== "SizeReportPlugin"),
  };
  stats = await new Promise<webpack.Stats>((resolve, reject) => {
    const compiler = webpack(config);
    compiler.run((err, result) => {
      compiler.close(() => undefined);
      if (err || !result) reject(err ?? new Error("webpack returned no stats"));
      else resolve(result);
    });
  });
  const file = path.join(outDir, "launchevent.js");
  bundle = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : "";
}, 180_000);

afterAll(() => {
  if (outDir) fs.rmSync(outDir, { recursive: true, force: true });
});

describe("the send handler bundle (production)", () => {
  it("builds without errors", () => {
    expect(stats?.hasErrors() ? stats.toString("errors-only") : "").toBe("");
  });

  it("is one self-contained file: no other chunk, no runtime chunk", () => {
    const js = fs.readdirSync(outDir).filter((f) => f.endsWith(".js"));
    expect(js).toEqual(["launchevent.js"]);
    expect(stats?.toJson({ all: false, chunks: true }).chunks).toHaveLength(1);
  });

  it("parses as ECMAScript 2016", () => {
    expect(bundle.length).toBeGreaterThan(0);
    expect(() => acorn.parse(bundle, { ecmaVersion: 2016, sourceType: "script" })).not.toThrow();
  });

  it.each([
    ["async functions (ES2017)", "async function f() { await g(); }"],
    ["object spread (ES2018)", "const a = { ...b };"],
    ["optional chaining (ES2020)", "const a = b?.c;"],
    ["nullish coalescing (ES2020)", "const a = b ?? c;"],
  ])("would be rejected if it contained %s", (_label, code) => {
    expect(() => acorn.parse(code, { ecmaVersion: 2016, sourceType: "script" })).toThrow();
  });

  it("registers the handler with Office.actions.associate", () => {
    expect(bundle).toContain("Office.actions.associate");
  });

  it(`stays under ${BUDGET_GZIPPED / 1024} KB gzipped`, () => {
    const gzipped = zlib.gzipSync(Buffer.from(bundle), { level: 9 }).length;
    expect(gzipped).toBeGreaterThan(0);
    expect(gzipped).toBeLessThan(BUDGET_GZIPPED);
  });

  it("calls no built-in newer than ES2016 (classic Outlook before 2403 lacks them)", () => {
    // Syntax is checked by acorn above; library methods are not, so look for their calls by name.
    const newer = bundle.match(/\.(?:padStart|padEnd|trimStart|trimEnd|flatMap|flat|matchAll|replaceAll|at)\(|Object\.(?:entries|values|fromEntries)\(|Promise\.allSettled\(/g);
    expect(newer).toBeNull();
  });

  it("carries no React or Fluent UI", () => {
    expect(bundle).not.toMatch(/Symbol\.for\(["']react\./);
    expect(bundle).not.toMatch(/__griffel|@fluentui|fui-FluentProvider/);
  });

  it("ships launchevent.html loading Office.js from Microsoft's CDN before the handler", () => {
    const html = fs.readFileSync(path.join(outDir, "launchevent.html"), "utf8");
    const office = html.indexOf(OFFICE_JS_CDN);
    const handler = html.search(/<script[^>]*src=["']?launchevent\.js/);
    expect(office).toBeGreaterThan(0);
    expect(handler).toBeGreaterThan(office);
    expect(html.match(/office\.js/g)).toHaveLength(1);
  });
});
