// Shared by scripts/durability.mjs and scripts/load.mjs: a release server on a scratch SQLite
// file, and a small HTTP client that talks to it as a browser without JavaScript does (plain
// form posts with Origin and Referer, the session cookie, redirects not followed).
//
// The server binary is $SANTAKA_SERVER_BIN (default target/release/server) and its site root
// $SANTAKA_SITE_ROOT (default target/site). A release build made by cargo-leptos names its
// files with content hashes and reads them from `hash.txt` beside the binary: a copied binary
// needs that file copied next to it (and the target/site of the same build), else every page
// panics and the connection closes without an answer.
import http from "node:http";
import zlib from "node:zlib";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** A path from the environment (relative to the current folder) or a default in the repository. */
function fromEnv(name, fallback) {
  const value = process.env[name];
  return value ? path.resolve(value) : path.join(ROOT, fallback);
}

export const SERVER_BIN = fromEnv("SANTAKA_SERVER_BIN", "target/release/server");
export const SITE_ROOT = fromEnv("SANTAKA_SITE_ROOT", "target/site");

/** The demo accounts that may publish (jonukas waits for a guardian's consent). */
export const DEMO_PUBLISHERS = ["ruta", "aiste", "mindaugas", "egle"].map((who) => ({
  name: who,
  email: `${who}@santaka.test`,
  password: `${who}-demo-2026`,
}));

/** What the server says when it failed on its side (both languages), and SQLite's lock error. */
export const FAILURE_TEXTS = [
  "database is locked",
  "internal error (request",
  "Mūsų pusėje kažkas nepavyko",
  "Something went wrong on our side",
];

export function checkFiles() {
  for (const [what, file] of [
    ["server binary (SANTAKA_SERVER_BIN)", SERVER_BIN],
    ["site root (SANTAKA_SITE_ROOT)", SITE_ROOT],
  ]) {
    if (!fs.existsSync(file)) {
      console.error(`${what} not found: ${file} (build first: ./santaka build)`);
      process.exit(2);
    }
  }
  const hashes = path.join(path.dirname(SERVER_BIN), "hash.txt");
  if (!fs.existsSync(hashes)) {
    console.error(
      `warning: no hash.txt beside ${SERVER_BIN}; a build with hashed file names panics on every page without it ` +
        `(copy target/release/hash.txt next to the binary)`,
    );
  }
}

/** A fresh folder under the system's temporary folder. */
export function scratchDir(prefix) {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/**
 * A release server on `dbFile` at `port`, its output appended to `logFile`. `start()` waits
 * until /healthz answers; `kill(signal)` sends the signal and waits until the process is gone.
 */
export class ScratchServer {
  constructor({ port, dbFile, logFile, env = {} }) {
    this.port = port;
    this.base = `http://127.0.0.1:${port}`;
    this.dbFile = dbFile;
    this.logFile = logFile;
    this.env = env;
    this.child = null;
    this.exited = null;
  }

  async start(timeoutMs = 60000) {
    if (this.child) throw new Error("server already running");
    const log = fs.openSync(this.logFile, "a");
    const child = spawn(SERVER_BIN, [], {
      env: {
        ...process.env,
        SANTAKA_ADDR: `127.0.0.1:${this.port}`,
        DATABASE_URL: `sqlite://${this.dbFile}`,
        SANTAKA_SITE_ROOT: SITE_ROOT,
        SANTAKA_DEMO_DATA: "true",
        RUST_LOG: "warn",
        NO_COLOR: "1",
        // A panic's backtrace in the log says where it came from.
        RUST_BACKTRACE: process.env.RUST_BACKTRACE ?? "1",
        ...this.env,
      },
      stdio: ["ignore", log, log],
    });
    fs.closeSync(log);
    this.child = child;
    this.exited = new Promise((resolve) => child.once("exit", (code, signal) => resolve({ code, signal })));
    let gone = null;
    this.exited.then((how) => (gone = how));
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (gone) break;
      try {
        const res = await request("GET", `${this.base}/healthz`, { timeout: 2000 });
        if (res.status === 200) return;
      } catch {
        // not listening yet
      }
      await sleep(25);
    }
    const tail = fs.readFileSync(this.logFile, "utf8").slice(-3000);
    await this.kill("SIGKILL");
    throw new Error(`the server did not start${gone ? ` (exited: ${JSON.stringify(gone)})` : ""}; log tail:\n${tail}`);
  }

  async kill(signal = "SIGTERM") {
    const child = this.child;
    if (!child) return null;
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    const how = await this.exited;
    this.child = null;
    return how;
  }

  /** SIGTERM (graceful), then SIGKILL if it has not stopped after `graceMs`. */
  async stop(graceMs = 10000) {
    const child = this.child;
    if (!child) return null;
    child.kill("SIGTERM");
    const timer = setTimeout(() => child.kill("SIGKILL"), graceMs);
    const how = await this.exited;
    clearTimeout(timer);
    this.child = null;
    return how;
  }
}

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * One HTTP request; resolves only with a complete answer ({status, headers, body, ms}) and
 * rejects when the connection fails or closes before the answer's end. `body` is the
 * decompressed text.
 */
export function request(method, url, { headers = {}, body, localAddress, agent = false, timeout = 30000 } = {}) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const u = new URL(url);
    const req = http.request(
      { host: u.hostname, port: u.port, path: u.pathname + u.search, method, headers, localAddress, agent },
      (res) => {
        const chunks = [];
        let ended = false;
        res.on("data", (chunk) => chunks.push(chunk));
        res.on("end", () => {
          ended = true;
          let raw = Buffer.concat(chunks);
          try {
            const encoding = res.headers["content-encoding"];
            if (encoding === "gzip") raw = zlib.gunzipSync(raw);
            else if (encoding === "br") raw = zlib.brotliDecompressSync(raw);
            else if (encoding === "deflate") raw = zlib.inflateSync(raw);
          } catch (err) {
            reject(new Error(`undecodable ${res.headers["content-encoding"]} body: ${err.message}`));
            return;
          }
          resolve({
            status: res.statusCode,
            headers: res.headers,
            body: raw.toString("utf8"),
            ms: Number(process.hrtime.bigint() - started) / 1e6,
          });
        });
        res.on("error", (err) => reject(err));
        res.on("close", () => {
          if (!ended) reject(Object.assign(new Error("connection closed before the answer's end"), { code: "ECONNRESET" }));
        });
      },
    );
    req.setTimeout(timeout, () => req.destroy(Object.assign(new Error(`no answer in ${timeout} ms`), { code: "ETIMEDOUT" })));
    req.on("error", reject);
    req.end(body);
  });
}

/** The session cookie a response sets, if any. */
export function sessionFrom(res) {
  for (const line of res.headers["set-cookie"] ?? []) {
    const m = /^santaka_session=([^;]*)/.exec(line);
    if (m) return m[1];
  }
  return null;
}

/**
 * The error a plain form post was sent back with: server functions answer a failed post by
 * redirecting to the Referer with `__err` (base64 of the error as JSON, e.g.
 * {"kind":"rate_limited"}). Returns the kind (or "error") or null when there is none.
 */
export function formError(location) {
  if (!location) return null;
  let url;
  try {
    url = new URL(location, "http://x");
  } catch {
    return null;
  }
  const encoded = url.searchParams.get("__err");
  if (!encoded) return null;
  try {
    const json = JSON.parse(Buffer.from(encoded.replace(/-/g, "+").replace(/_/g, "/"), "base64").toString("utf8"));
    if (json.kind === "invalid" && Array.isArray(json.fields)) {
      return `invalid:${json.fields.map((f) => `${f.field}=${f.code}`).join(",")}`;
    }
    return json.kind ?? "error";
  } catch {
    return "error";
  }
}

/**
 * A signed-in (or anonymous) visitor: a session cookie and the local address its connections
 * come from (the server's per-IP limits key on it; any 127.x.y.z reaches a loopback server).
 */
export class Visitor {
  constructor(base, { name = "anonymous", email = null, password = null, localAddress, agent = false } = {}) {
    this.base = base;
    this.name = name;
    this.email = email;
    this.password = password;
    this.localAddress = localAddress;
    this.agent = agent;
    this.cookie = null;
  }

  headers(extra = {}) {
    const h = { "accept-language": "lt", ...extra };
    if (this.cookie) h.cookie = `santaka_session=${this.cookie}`;
    return h;
  }

  async get(pathAndQuery, extraHeaders = {}) {
    const res = await request("GET", this.base + pathAndQuery, {
      headers: this.headers({ accept: "text/html,application/xhtml+xml", "accept-encoding": "gzip", ...extraHeaders }),
      localAddress: this.localAddress,
      agent: this.agent,
    });
    const cookie = sessionFrom(res);
    if (cookie) this.cookie = cookie;
    return res;
  }

  /**
   * Posts a form to the server function `fn` as a browser without JavaScript does, from the
   * page `fromPath`. Returns the answer with `location` and `error` (the kind the post was
   * refused with, see `formError`). The Referer carries `?via=form` so that a refusal (sent
   * back to the Referer) can never look like a success path.
   */
  async post(fn, fields, fromPath, { localAddress = this.localAddress, agent = this.agent } = {}) {
    const body = new URLSearchParams(fields).toString();
    const referer = `${this.base}${fromPath}${fromPath.includes("?") ? "&" : "?"}via=form`;
    const res = await request("POST", `${this.base}/api/${fn}`, {
      headers: this.headers({
        accept: "text/html,application/xhtml+xml",
        "content-type": "application/x-www-form-urlencoded",
        "content-length": Buffer.byteLength(body),
        origin: this.base,
        referer,
        "sec-fetch-site": "same-origin",
      }),
      body,
      localAddress,
      agent,
    });
    const cookie = sessionFrom(res);
    if (cookie) this.cookie = cookie;
    res.location = res.headers.location ?? "";
    res.error = formError(res.location);
    return res;
  }

  /** Signs in; true when the server sent the browser on to /me. */
  async login() {
    const res = await this.post("login", { email: this.email, password: this.password }, "/login");
    return { ok: res.status === 302 && res.location === "/me" && !!this.cookie, res };
  }
}

/** The ids of the ideas the public list shows, page after page. */
export async function listIdeas(base) {
  const ids = new Set();
  for (let page = 1; page < 100; page++) {
    const res = await request("GET", `${base}/ideas?page=${page}`);
    if (res.status !== 200) throw new Error(`/ideas?page=${page}: HTTP ${res.status}`);
    const before = ids.size;
    for (const m of res.body.matchAll(/href="\/ideas\/(\d+)"/g)) ids.add(Number(m[1]));
    if (ids.size === before) break;
  }
  return [...ids].sort((a, b) => a - b);
}

/** Percentile of sorted numbers (nearest rank). */
export function percentile(sorted, p) {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(sorted.length * p) - 1))];
}

/** Scans a server log for the signs of trouble. */
export function scanLog(file) {
  const text = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : "";
  const count = (re) => (text.match(re) ?? []).length;
  // Each kind of panic once: its message and the first frames of its backtrace (when the
  // server runs with RUST_BACKTRACE set).
  const kinds = new Map();
  for (const m of text.matchAll(/panicked at [^\n]*\n([^\n]*)\n(?:stack backtrace:\n((?:\s+\d+: [^\n]*\n(?:\s+at [^\n]*\n)?){1,8}))?/g)) {
    const frames = [...(m[2] ?? "").matchAll(/\d+: ([^\n]*)/g)]
      .map((f) => f[1].trim())
      .filter((f) => !/^(__rustc|core::panicking|std::panicking|rust_begin_unwind)/.test(f))
      .slice(0, 4);
    const key = `${m[1].trim()}${frames.length ? ` [${frames.join(" < ")}]` : ""}`;
    kinds.set(key, (kinds.get(key) ?? 0) + 1);
  }
  return {
    panicKinds: [...kinds.entries()].map(([what, n]) => `${n} × ${what}`),
    panics: count(/panicked at/g),
    locked: count(/database is locked/g),
    internal: count(/internal error/g),
    errors: count(/\bERROR\b/g),
    text,
  };
}

export function shuffle(items) {
  const a = [...items];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}
