#!/usr/bin/env node
// Serves a built add-in folder (default dist/addin) as static files. No build, no watch.
//
//   node scripts/serve.mjs --http [--port 8080] [--host 127.0.0.1]   plain HTTP, for browser tests
//   node scripts/serve.mjs [--port 3000]                               HTTPS with the dev certificate
//                                                                      (serve a production build to Outlook)
//   --dir <folder>   folder to serve (default dist/addin)
// The port also comes from PORT. Stop with Ctrl+C (or SIGTERM).
import http from "node:http";
import https from "node:https";
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
  ".map": "application/json; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".eml": "message/rfc822",
};

function parseArgs(argv) {
  const opts = { http: false, port: undefined, host: undefined, dir: path.join(ROOT, "dist", "addin") };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === "--http") opts.http = true;
    else if (a === "--https") opts.http = false;
    else if (a === "--port") opts.port = Number(value());
    else if (a === "--host") opts.host = value();
    else if (a === "--dir") opts.dir = path.resolve(value());
    else throw new Error(`unknown option ${a} (use --http, --https, --port N, --host H, --dir D)`);
  }
  opts.port ??= Number(process.env.PORT || (opts.http ? 8080 : 3000));
  opts.host ??= opts.http ? "127.0.0.1" : "localhost";
  if (!Number.isInteger(opts.port) || opts.port < 0 || opts.port > 65535) throw new Error(`invalid port ${opts.port}`);
  return opts;
}

/** Resolves a URL path inside dir, or null when it would escape it. */
function resolveInside(dir, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes("\0")) return null;
  const file = path.resolve(dir, "." + path.posix.normalize("/" + decoded));
  return file === dir || file.startsWith(dir + path.sep) ? file : null;
}

function handler(dir) {
  return (req, res) => {
    const url = new URL(req.url ?? "/", "http://x");
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { Allow: "GET, HEAD" }).end();
      return;
    }
    if (url.pathname === "/") {
      res.writeHead(302, { Location: "/preview.html" }).end();
      return;
    }
    const file = resolveInside(dir, url.pathname);
    if (!file || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" }).end(`Not found: ${url.pathname}\n`);
      return;
    }
    const body = fs.readFileSync(file);
    res.writeHead(200, {
      "Content-Type": TYPES[path.extname(file).toLowerCase()] ?? "application/octet-stream",
      "Content-Length": body.length,
      "Cache-Control": "no-store",
      "Access-Control-Allow-Origin": "*",
      "X-Content-Type-Options": "nosniff",
    });
    res.end(req.method === "HEAD" ? undefined : body);
  };
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (!fs.existsSync(path.join(opts.dir, "preview.html")) && !fs.existsSync(path.join(opts.dir, "manifest.xml"))) {
    console.error(`Nothing to serve in ${opts.dir}: build first (npm run build:addin).`);
    process.exitCode = 1;
    return;
  }
  let server;
  let scheme = "http";
  const lines = [];
  if (opts.http) {
    server = http.createServer(handler(opts.dir));
  } else {
    const { ensureDevCerts, describeCerts } = require("./dev-certs.js");
    const certs = await ensureDevCerts();
    server = https.createServer({ key: certs.key, cert: certs.cert, ca: certs.ca }, handler(opts.dir));
    scheme = "https";
    lines.push(...describeCerts(certs));
  }
  server.on("error", (err) => {
    console.error(`Cannot serve on ${opts.host}:${opts.port}: ${err.message}`);
    process.exit(1);
  });
  server.listen(opts.port, opts.host, () => {
    const { port } = server.address();
    const origin = `${scheme}://${opts.host}:${port}`;
    console.log(`Serving ${path.relative(process.cwd(), opts.dir) || "."} at ${origin}/`);
    console.log(`  Preview:  ${origin}/preview.html`);
    if (scheme === "https") console.log(`  Manifest: ${path.join(opts.dir, "manifest.xml")}`);
    for (const l of lines) console.log(`  ${l}`);
  });
  const stop = () => server.close(() => process.exit(0));
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exitCode = 1;
});
