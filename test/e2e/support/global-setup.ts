/**
 * Jest global setup of the e2e project: checks Chromium is there, builds the add-in once, and
 * serves it with scripts/serve.mjs on a free 127.0.0.1 port. The origin goes to the test files
 * through process.env; the server process is kept for the teardown, and is also stopped if this
 * process exits any other way (a failed setup, Ctrl+C).
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { CHROMIUM_PATH, E2E_BUILD_DIR, ORIGIN_ENV, ROOT, missingChromiumMessage } from "./config";

export const SERVER_KEY = "__releaseGuardE2eServer";
const SERVER_START_TIMEOUT_MS = 20_000;

export type GlobalWithServer = typeof globalThis & { [SERVER_KEY]?: ChildProcess };

function log(message: string): void {
  process.stderr.write(`[e2e] ${message}\n`);
}

function addinDir(): string {
  const given = process.env.RELEASE_GUARD_ADDIN_DIR;
  if (given) {
    const dir = path.resolve(ROOT, given);
    if (!fs.existsSync(path.join(dir, "preview.html"))) {
      throw new Error(`RELEASE_GUARD_ADDIN_DIR=${given}: no preview.html in ${dir}. Build it first (npm run build:addin).`);
    }
    log(`serving ${path.relative(ROOT, dir)} as built (RELEASE_GUARD_ADDIN_DIR)`);
    return dir;
  }
  const built = fs.existsSync(path.join(E2E_BUILD_DIR, "preview.html"));
  if (process.env.RELEASE_GUARD_SKIP_BUILD === "1" && built) {
    log(`reusing ${path.relative(ROOT, E2E_BUILD_DIR)} (RELEASE_GUARD_SKIP_BUILD=1)`);
    return E2E_BUILD_DIR;
  }
  log(`building the add-in into ${path.relative(ROOT, E2E_BUILD_DIR)} (webpack, production)…`);
  const started = Date.now();
  const result = spawnSync(process.execPath, [path.join(__dirname, "build-addin.cjs"), E2E_BUILD_DIR], {
    cwd: ROOT,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) {
    throw new Error(`The add-in build failed (exit ${result.status ?? result.signal}):\n${result.stderr}\n${result.stdout}`);
  }
  log(`built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return E2E_BUILD_DIR;
}

function stopOnExit(child: ChildProcess): void {
  const stop = (): void => {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
  };
  process.once("exit", stop);
}

/** Starts scripts/serve.mjs on port 0 and resolves with the origin it prints. */
function startServer(dir: string): Promise<{ child: ChildProcess; origin: string }> {
  const child = spawn(process.execPath, [path.join(ROOT, "scripts", "serve.mjs"), "--http", "--host", "127.0.0.1", "--port", "0", "--dir", dir], {
    cwd: ROOT,
    stdio: ["ignore", "pipe", "pipe"],
  });
  stopOnExit(child);
  return new Promise((resolve, reject) => {
    let out = "";
    let err = "";
    let settled = false;
    const fail = (why: string): void => {
      clearTimeout(timer);
      if (settled) return;
      settled = true;
      if (child.exitCode === null) child.kill("SIGTERM");
      reject(new Error(`scripts/serve.mjs did not start: ${why}\n${out}${err}`));
    };
    const timer = setTimeout(() => fail(`no "Serving … at" line within ${SERVER_START_TIMEOUT_MS} ms`), SERVER_START_TIMEOUT_MS);
    child.stdout?.setEncoding("utf8").on("data", (chunk: string) => {
      out += chunk;
      const match = /at (http:\/\/127\.0\.0\.1:\d+)\//.exec(out);
      if (match?.[1] && !settled) {
        settled = true;
        clearTimeout(timer);
        resolve({ child, origin: match[1] });
      }
    });
    child.stderr?.setEncoding("utf8").on("data", (chunk: string) => {
      err += chunk;
    });
    child.once("exit", (code, signal) => fail(`it exited (${code ?? signal})`));
    child.once("error", (e) => fail(e.message));
  });
}

export default async function globalSetup(): Promise<void> {
  if (!fs.existsSync(CHROMIUM_PATH)) throw new Error(missingChromiumMessage(CHROMIUM_PATH));
  const dir = addinDir();
  const { child, origin } = await startServer(dir);
  (globalThis as GlobalWithServer)[SERVER_KEY] = child;
  process.env[ORIGIN_ENV] = origin;
  log(`serving ${path.relative(ROOT, dir)} at ${origin}/ (pid ${child.pid})`);
}
