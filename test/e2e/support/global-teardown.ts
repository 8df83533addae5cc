/** Jest global teardown of the e2e project: stops the server the setup started (Jest runs this after failing tests too). */
import type { ChildProcess } from "node:child_process";

const SERVER_KEY = "__releaseGuardE2eServer";
const STOP_TIMEOUT_MS = 5_000;

export default async function globalTeardown(): Promise<void> {
  const g = globalThis as typeof globalThis & { [SERVER_KEY]?: ChildProcess };
  const child = g[SERVER_KEY];
  delete g[SERVER_KEY];
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  await new Promise<void>((resolve) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      resolve();
    }, STOP_TIMEOUT_MS);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill("SIGTERM");
  });
}
