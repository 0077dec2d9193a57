#!/usr/bin/env node
// Mixed traffic against the release server (a benchmark, not a test of the suite): starts it
// on a scratch SQLite file with demo data, signs in the demo publishers and registers and
// confirms more writers (each signs in once; its session cookie is reused), then for
// LOAD_SECONDS keeps LOAD_CONNECTIONS kept-alive connections busy, each sending one request
// after another, drawn from this mix:
//
//   home, ideas (a page of the list), idea (a random idea), festival   anonymous reads
//   me (the start page), idea_signed_in                               signed-in reads
//   comment, support (give or take back)                              plain form posts
//
// It prints per kind: requests, errors, p50, p99 and max latency in ms, and the overall
// throughput. An error is a failed connection, a status other than 2xx/3xx, a body with
// "database is locked" or the server's internal-error text, a signed-in page that came back
// as anonymous (no `private` cache header), or a form sent back with an error. A form sent
// back as rate_limited is counted apart ("limited") and is not an error: the per-person limits
// (30 comments an hour, 120 supports in 10 minutes) are spread over enough writers that it
// should not happen. The server's log is scanned too (panics, ERROR lines, "database is
// locked"). Exits 1 on any error.
//
// Usage: node scripts/load.mjs
// Settings (environment): LOAD_SECONDS (60), LOAD_CONNECTIONS (32), LOAD_WRITERS (accounts
// registered for writing besides the 4 demo publishers: 200), LOAD_PORT (3320), LOAD_MIX
// (e.g. "home=10,ideas=10,idea=15,festival=10,me=10,idea_signed_in=15,comment=15,support=15"),
// LOAD_KEEP=1 keeps the scratch folder, SANTAKA_SERVER_BIN, SANTAKA_SITE_ROOT.
// The load generator is one Node process on the same machine: it competes with the server for
// the cores, and the figures include that.
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import {
  DEMO_PUBLISHERS,
  FAILURE_TEXTS,
  SERVER_BIN,
  ScratchServer,
  Visitor,
  checkFiles,
  listIdeas,
  percentile,
  request,
  scanLog,
  scratchDir,
  sleep,
} from "./scratch-server.mjs";

const SECONDS = Number(process.env.LOAD_SECONDS ?? 60);
const CONNECTIONS = Number(process.env.LOAD_CONNECTIONS ?? 32);
const WRITERS = Number(process.env.LOAD_WRITERS ?? 200);
const PORT = Number(process.env.LOAD_PORT ?? 3320);
const KEEP = process.env.LOAD_KEEP === "1";
const MIX = Object.fromEntries(
  (process.env.LOAD_MIX ?? "home=10,ideas=10,idea=15,festival=10,me=10,idea_signed_in=15,comment=15,support=15")
    .split(",")
    .map((pair) => pair.split("="))
    .map(([k, v]) => [k.trim(), Number(v)]),
);
const KINDS = ["home", "ideas", "idea", "festival", "me", "idea_signed_in", "comment", "support"];
for (const k of Object.keys(MIX)) if (!KINDS.includes(k)) throw new Error(`LOAD_MIX: unknown kind ${k}`);
const RUN = Date.now().toString(36);

checkFiles();
const dir = scratchDir("santaka-load-");
const dbFile = path.join(dir, "santaka.db");
const logFile = path.join(dir, "server.log");
const server = new ScratchServer({ port: PORT, dbFile, logFile, env: { RUST_LOG: "warn,server::mailer=info" } });

const stats = Object.fromEntries(
  KINDS.map((k) => [k, { n: 0, errors: 0, limited: 0, latencies: [], reasons: {}, hits: 0 }]),
);

function fail(kind, reason) {
  const s = stats[kind];
  s.errors += 1;
  s.reasons[reason] = (s.reasons[reason] ?? 0) + 1;
}

function failureText(body) {
  return FAILURE_TEXTS.find((t) => body.includes(t));
}

/** Server CPU seconds so far, from /proc (Linux). */
function serverCpu() {
  try {
    const fields = fs.readFileSync(`/proc/${server.child.pid}/stat`, "utf8").split(") ")[1].split(" ");
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return NaN;
  }
}

// --- writers: the demo publishers and registered, confirmed accounts -------------------------
async function provisionWriters(base) {
  const writers = [];
  for (const [i, p] of DEMO_PUBLISHERS.entries()) {
    const v = new Visitor(base, { ...p, localAddress: `127.0.1.${10 + i}` });
    const { ok, res } = await v.login();
    if (!ok) throw new Error(`sign-in of ${p.email} failed: HTTP ${res.status} ${res.location}`);
    writers.push(v);
  }
  // Registrations are limited to 20 an hour per address: 15 per loopback address.
  const pending = [];
  for (let n = 1; n <= WRITERS; n++) {
    const v = new Visitor(base, {
      name: `load${n}`,
      email: `load-${RUN}-${n}@kaunas.test`,
      password: `load-${RUN}-${n}-slaptazodis`,
      localAddress: `127.0.2.${10 + Math.floor(n / 15)}`,
    });
    pending.push(v);
  }
  await Promise.all(
    [0, 1, 2, 3].map(async (lane) => {
      for (let i = lane; i < pending.length; i += 4) {
        const v = pending[i];
        const res = await v.post(
          "register",
          { email: v.email, display_name: `Load ${v.name}`, password: v.password, birth_year: "", guardian_email: "" },
          "/register",
        );
        if (res.status !== 302 || res.location !== "/register/sent") {
          throw new Error(`registration of ${v.email} failed: HTTP ${res.status} ${res.location}`);
        }
      }
    }),
  );
  // The confirmation links are in the log (no SMTP); following one confirms and signs in.
  const deadline = Date.now() + 30000;
  let tokens = new Map();
  while (Date.now() < deadline) {
    const log = fs.readFileSync(logFile, "utf8");
    tokens = new Map(
      [...log.matchAll(/email to (\S+) \(verify_email\)[\s\S]*?\/confirm\?token=([A-Za-z0-9_-]+)/g)].map((m) => [m[1], m[2]]),
    );
    if (pending.every((v) => tokens.has(v.email))) break;
    await sleep(200);
  }
  for (const v of pending) {
    if (!tokens.has(v.email)) throw new Error(`no confirmation email for ${v.email} in ${logFile}`);
    const res = await v.post("confirm_email", { token: tokens.get(v.email) }, "/confirm");
    if (res.status !== 302 || !res.location.startsWith("/me?confirmed=1") || !v.cookie) {
      throw new Error(`confirmation of ${v.email} failed: HTTP ${res.status} ${res.location}`);
    }
    writers.push(v);
  }
  // During the run their requests go out on the load connections, from 127.0.0.1.
  for (const v of writers) v.localAddress = undefined;
  return writers;
}

// --- the traffic ------------------------------------------------------------------------------
let ideas = [];
let writers = [];
let commentCounter = 0;
const supported = new Map();
const nextWriter = { comment: 0, support: 0 };

const totalWeight = KINDS.reduce((sum, k) => sum + (MIX[k] ?? 0), 0);
function pickKind() {
  let roll = Math.random() * totalWeight;
  for (const k of KINDS) {
    roll -= MIX[k] ?? 0;
    if (roll < 0) return k;
  }
  return KINDS[KINDS.length - 1];
}
const randomIdea = () => ideas[Math.floor(Math.random() * ideas.length)];

/** One request of `kind` on the connection's agent; returns nothing, counts everything. */
async function one(kind, agent) {
  const s = stats[kind];
  const started = process.hrtime.bigint();
  const anonymousHeaders = {
    accept: "text/html,application/xhtml+xml",
    "accept-encoding": "gzip",
    "accept-language": "lt",
  };
  let res;
  let judge;
  try {
    if (kind === "home" || kind === "ideas" || kind === "idea" || kind === "festival") {
      const url =
        kind === "home"
          ? "/"
          : kind === "ideas"
            ? `/ideas?page=${1 + Math.floor(Math.random() * 4)}`
            : kind === "idea"
              ? `/ideas/${randomIdea()}`
              : "/festival";
      res = await request("GET", server.base + url, { headers: anonymousHeaders, agent });
      if (res.headers["x-santaka-cache"] === "hit") s.hits += 1;
      judge = () => (res.status === 200 ? null : `HTTP ${res.status}`);
    } else if (kind === "me" || kind === "idea_signed_in") {
      const who = writers[Math.floor(Math.random() * writers.length)];
      const url = kind === "me" ? "/me" : `/ideas/${randomIdea()}`;
      res = await request("GET", server.base + url, {
        headers: { ...anonymousHeaders, cookie: `santaka_session=${who.cookie}` },
        agent,
      });
      judge = () =>
        res.status !== 200
          ? `HTTP ${res.status}`
          : !String(res.headers["cache-control"] ?? "").includes("private")
            ? "rendered as for an anonymous visitor (session lost?)"
            : null;
    } else {
      // Writers in turn (per kind), so the per-person limits are shared out evenly.
      const who = writers[nextWriter[kind]++ % writers.length];
      const idea = randomIdea();
      let fields;
      let fn;
      let expected;
      if (kind === "comment") {
        commentCounter += 1;
        fn = "post_comment";
        fields = { idea_id: String(idea), body: `Load ${RUN} comment ${commentCounter} from ${who.name}.` };
        expected = new RegExp(`^/ideas/${idea}\\?comment=(\\d+)#comment-\\1$`);
      } else {
        const key = `${who.email}|${idea}`;
        const on = !supported.get(key);
        supported.set(key, on);
        fn = "support_idea";
        fields = { id: String(idea), on: on ? "true" : "false" };
        expected = new RegExp(`^/ideas/${idea}$`);
      }
      res = await who.post(fn, fields, `/ideas/${idea}`, { agent });
      judge = () => {
        if (res.error === "rate_limited") return "limited";
        if (res.status !== 302) return `HTTP ${res.status}`;
        if (res.error) return `sent back: ${res.error}`;
        return expected.test(res.location) ? null : `unexpected location ${res.location}`;
      };
    }
  } catch (err) {
    s.n += 1;
    s.latencies.push(Number(process.hrtime.bigint() - started) / 1e6);
    const hint = err.code === "ECONNRESET" ? " (closed without an answer: see the server log for a panic)" : "";
    fail(kind, `${err.code ?? "error"}: ${err.message}${hint}`);
    return;
  }
  s.n += 1;
  s.latencies.push(res.ms);
  const text = failureText(res.body);
  const problem = judge() ?? (text ? `body says "${text}"` : null);
  if (problem === "limited") s.limited += 1;
  else if (problem) fail(kind, problem);
}

let exitCode = 0;
try {
  console.log(`load: ${SECONDS} s, ${CONNECTIONS} connections, mix ${KINDS.map((k) => `${k}=${MIX[k] ?? 0}`).join(",")}`);
  console.log(`server ${SERVER_BIN}, database ${dbFile}`);
  await server.start();
  ideas = await listIdeas(server.base);
  const setupStart = Date.now();
  writers = await provisionWriters(server.base);
  console.log(
    `${ideas.length} ideas; ${writers.length} writers signed in (4 demo, ${writers.length - 4} registered and confirmed) in ${((Date.now() - setupStart) / 1000).toFixed(1)} s`,
  );
  const cpu0 = process.cpuUsage();
  const serverCpu0 = serverCpu();
  const started = Date.now();
  const deadline = started + SECONDS * 1000;
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
      while (Date.now() < deadline) await one(pickKind(), agent);
      agent.destroy();
    }),
  );
  const elapsed = (Date.now() - started) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const serverCpuUsed = serverCpu() - serverCpu0;
  await server.stop();
  const log = scanLog(logFile);

  const pad = (s, n) => String(s).padStart(n);
  const ms = (v) => (Number.isNaN(v) ? "-" : v.toFixed(1));
  console.log("");
  console.log(`${"kind".padEnd(16)}${pad("requests", 9)}${pad("errors", 8)}${pad("limited", 9)}${pad("p50 ms", 9)}${pad("p99 ms", 9)}${pad("max ms", 9)}${pad("req/s", 8)}  cache hits`);
  let total = 0;
  let errors = 0;
  for (const k of KINDS) {
    const s = stats[k];
    if (s.n === 0) continue;
    s.latencies.sort((a, b) => a - b);
    total += s.n;
    errors += s.errors;
    const hits = ["home", "ideas", "idea", "festival"].includes(k) ? `${((100 * s.hits) / s.n).toFixed(0)}%` : "";
    console.log(
      `${k.padEnd(16)}${pad(s.n, 9)}${pad(s.errors, 8)}${pad(s.limited, 9)}${pad(ms(percentile(s.latencies, 0.5)), 9)}` +
        `${pad(ms(percentile(s.latencies, 0.99)), 9)}${pad(ms(s.latencies[s.latencies.length - 1]), 9)}${pad((s.n / elapsed).toFixed(0), 8)}  ${hits}`,
    );
  }
  const all = KINDS.flatMap((k) => stats[k].latencies).sort((a, b) => a - b);
  console.log(
    `${"all".padEnd(16)}${pad(total, 9)}${pad(errors, 8)}${pad(KINDS.reduce((a, k) => a + stats[k].limited, 0), 9)}` +
      `${pad(ms(percentile(all, 0.5)), 9)}${pad(ms(percentile(all, 0.99)), 9)}${pad(ms(all[all.length - 1]), 9)}${pad((total / elapsed).toFixed(0), 8)}`,
  );
  console.log(`throughput: ${(total / elapsed).toFixed(0)} requests/s over ${elapsed.toFixed(1)} s (${CONNECTIONS} connections)`);
  for (const k of KINDS) {
    for (const [reason, n] of Object.entries(stats[k].reasons)) console.log(`error ${k}: ${reason} ×${n}`);
  }
  console.log(
    `CPU over the run: server ${serverCpuUsed.toFixed(1)} s, load generator ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s ` +
      `(of ${elapsed.toFixed(0)} s × ${(await import("node:os")).cpus().length} cores)`,
  );
  console.log(
    `server log: ${log.panics} panics, ${log.locked} "database is locked", ${log.internal} internal errors, ${log.errors} ERROR lines`,
  );
  for (const line of log.panicKinds) console.log(`  panic: ${line}`);
  const logProblems = log.panics + log.locked + log.errors;
  if (errors > 0 || logProblems > 0) {
    console.log("result: FAIL");
    exitCode = 1;
  } else {
    console.log("result: PASS (no errors)");
  }
} catch (err) {
  console.error(err);
  exitCode = 1;
} finally {
  await server.kill("SIGKILL");
  if (KEEP || exitCode !== 0) console.log(`scratch folder kept: ${dir}`);
  else fs.rmSync(dir, { recursive: true, force: true });
}
process.exit(exitCode);
