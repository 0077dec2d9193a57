#!/usr/bin/env node
// Durability under crashes (not a test of the suite; run by hand): starts the release server on
// a scratch SQLite file with demo data, and while several clients write concurrently (support
// an idea, comment on one, register an account, confirm a registration through the link the
// server logs in place of an email), kills the server with SIGKILL at a random moment,
// restarts it on the same file, and repeats. Every write the server acknowledged must be in
// the database afterwards, and `PRAGMA integrity_check` must say "ok".
//
// Acknowledged means a complete answer with the form's success redirect (plain form posts,
// as a browser without JavaScript sends them): support -> /ideas/{id}; comment ->
// /ideas/{id}?comment={n}#comment-{n}; register -> /register/sent; confirm -> /me?confirmed=1. A post sent
// back with an error (`__err` in the redirect, e.g. rate_limited) is refused, not
// acknowledged; one whose connection died with the server is unanswered (it may or may not
// have been written; the report says how many were).
//
// Checking: through SQL when a `sqlite3` command (or $SQLITE3) or Node's node:sqlite
// (Node >= 22.5) is there, which also runs integrity_check, foreign_key_check and the counters
// (ideas.support_count and comment_count against the rows); and through the server's own
// pages (started once more, not killed): each comment on its idea's page, each support as the
// supporter's pressed button, each registration by signing in, each confirmation by the
// support button a confirmed account gets. Without SQL, `server check` (the release binary
// itself) runs integrity_check, foreign_key_check and the counters, so nothing beyond Node and
// the build is needed. Panics in the server's log are printed as a warning (they lose no write).
//
// Usage: node scripts/durability.mjs
// Settings (environment): DURABILITY_ROUNDS (50), DURABILITY_CLIENTS (6 concurrent writers),
// DURABILITY_KILL_MIN_MS / DURABILITY_KILL_MAX_MS (200 / 2000: when, after the server answers
// /healthz, it is killed), DURABILITY_PORT (3310), DURABILITY_VERIFY (auto: SQL when there is
// a way, and the pages; sql: only SQL; http: only the pages),
// DURABILITY_KEEP=1 keeps the scratch folder, DURABILITY_FAKE_LOSS=1 adds one acknowledgement
// per kind that was never written (the run must then fail: a check of the checker),
// SANTAKA_SERVER_BIN, SANTAKA_SITE_ROOT, SQLITE3.
import fs from "node:fs";
import path from "node:path";
import { spawnSync } from "node:child_process";
import {
  DEMO_PUBLISHERS,
  SERVER_BIN,
  ScratchServer,
  Visitor,
  checkFiles,
  listIdeas,
  scanLog,
  scratchDir,
  shuffle,
  sleep,
} from "./scratch-server.mjs";

const ROUNDS = Number(process.env.DURABILITY_ROUNDS ?? 50);
const CLIENTS = Number(process.env.DURABILITY_CLIENTS ?? 6);
const KILL_MIN = Number(process.env.DURABILITY_KILL_MIN_MS ?? 200);
const KILL_MAX = Number(process.env.DURABILITY_KILL_MAX_MS ?? 2000);
const PORT = Number(process.env.DURABILITY_PORT ?? 3310);
const VERIFY = process.env.DURABILITY_VERIFY ?? "auto";
const KEEP = process.env.DURABILITY_KEEP === "1";
const RUN = Date.now().toString(36);

checkFiles();
const dir = scratchDir("santaka-durability-");
const dbFile = path.join(dir, "santaka.db");
const logFile = path.join(dir, "server.log");
const server = new ScratchServer({ port: PORT, dbFile, logFile, env: { RUST_LOG: "warn,server::mailer=info" } });

// Each writer's connections come from its own loopback address: the per-IP limits
// (registrations: 20 an hour per address) then apply per writer, as for people on their own
// networks. The limits live in the server's memory, so each restart forgets them.
const addressOf = (i) => `127.0.0.${20 + i}`;

const KINDS = ["supports", "comments", "registrations", "confirmations"];
const stats = Object.fromEntries(
  KINDS.map((k) => [k, { attempted: 0, acked: 0, refused: 0, unanswered: 0, reasons: {} }]),
);
/** Acknowledged writes, to look for afterwards. */
const acked = { supports: [], comments: [], registrations: [], confirmations: [] };
/** Writes whose answer never came (the server died first): written or not, both are fine. */
const unanswered = { supports: [], comments: [], registrations: [], confirmations: [] };
const anomalies = [];
let connectionErrorsWhileUp = 0;
let sessionsLost = 0;

// --- the server's life: up (with a generation number) or down ---------------------------
let generation = 0;
let up = false;
let finished = false;
let upWaiters = [];
function markUp() {
  generation += 1;
  up = true;
  for (const resolve of upWaiters) resolve();
  upWaiters = [];
}
function waitUp() {
  if (up || finished) return Promise.resolve();
  return new Promise((resolve) => upWaiters.push(resolve));
}

// --- who writes ---------------------------------------------------------------------------
let ideas = [];
/** Accounts that may publish, each with its session and the ideas it has not supported yet. */
const publishers = [];
/** Acknowledged registrations waiting for their confirmation link. */
const pendingConfirm = [];
let registrationCounter = 0;
let commentCounter = 0;

function addPublisher(visitor) {
  visitor.unsupported = shuffle(ideas);
  publishers.push(visitor);
}

// The confirmation links, read from the server's log (emails go there without SMTP).
const tokens = new Map();
let logOffset = 0;
let logCarry = "";
function readLinks() {
  let fd;
  try {
    fd = fs.openSync(logFile, "r");
  } catch {
    return;
  }
  const size = fs.fstatSync(fd).size;
  if (size > logOffset) {
    const buf = Buffer.alloc(size - logOffset);
    fs.readSync(fd, buf, 0, buf.length, logOffset);
    logOffset = size;
    logCarry += buf.toString("utf8");
    const re = /email to (\S+) \(verify_email\)[\s\S]*?\/confirm\?token=([A-Za-z0-9_-]+)/g;
    let last = 0;
    for (const m of logCarry.matchAll(re)) {
      tokens.set(m[1], m[2]);
      last = m.index + m[0].length;
    }
    logCarry = logCarry.slice(Math.max(last, logCarry.length - 4000));
  }
  fs.closeSync(fd);
}

// --- one write, with its outcome counted ----------------------------------------------------
/**
 * Runs `send` (one form post) for `kind`. `judge(res)` says whether the answer acknowledges the
 * write; returns the answer, or null when the connection failed.
 */
async function write(kind, record, send, judge) {
  const s = stats[kind];
  s.attempted += 1;
  let res;
  try {
    res = await send();
  } catch (err) {
    s.unanswered += 1;
    unanswered[kind].push(record);
    if (up) {
      connectionErrorsWhileUp += 1;
      anomalies.push(`${kind}: ${err.code ?? ""} ${err.message} while the server was up`);
    }
    return null;
  }
  const ok = judge(res);
  if (ok) {
    s.acked += 1;
    acked[kind].push(record);
  } else {
    s.refused += 1;
    const reason = res.error ?? `HTTP ${res.status} ${res.location ?? ""}`.trim();
    s.reasons[reason] = (s.reasons[reason] ?? 0) + 1;
    if (res.status >= 500) anomalies.push(`${kind}: HTTP ${res.status}`);
    if (res.error === "internal") anomalies.push(`${kind}: refused with an internal error`);
  }
  return res;
}

/** A publisher whose session the server no longer knows signs in again. */
async function signInAgain(visitor) {
  sessionsLost += 1;
  anomalies.push(`${visitor.email}: the server answered as if signed out (a lost session?)`);
  visitor.cookie = null;
  try {
    await visitor.login();
  } catch {
    // the server died meanwhile: the next write will try again
  }
}

async function support(worker) {
  const candidates = publishers.filter((p) => p.unsupported.length > 0);
  if (candidates.length === 0) return comment(worker);
  const who = candidates[Math.floor(Math.random() * candidates.length)];
  const idea = who.unsupported.pop();
  const record = { email: who.email, idea };
  const res = await write(
    "supports",
    record,
    () => who.post("support_idea", { id: String(idea), on: "true" }, `/ideas/${idea}`, { localAddress: worker.address }),
    (r) => r.status === 302 && r.location === `/ideas/${idea}`,
  );
  if (res?.error === "unauthenticated") await signInAgain(who);
  return res;
}

async function comment(worker) {
  const who = publishers[Math.floor(Math.random() * publishers.length)];
  const idea = ideas[Math.floor(Math.random() * ideas.length)];
  commentCounter += 1;
  const body = `Durability check ${RUN} comment ${commentCounter} from ${who.name}.`;
  const record = { email: who.email, idea, body, id: null };
  const res = await write(
    "comments",
    record,
    () => who.post("post_comment", { idea_id: String(idea), body }, `/ideas/${idea}`, { localAddress: worker.address }),
    (r) => {
      const m = r.status === 302 && new RegExp(`^/ideas/${idea}\\?comment=(\\d+)#comment-\\1$`).exec(r.location);
      if (m) record.id = Number(m[1]);
      return !!m;
    },
  );
  if (res?.error === "unauthenticated") await signInAgain(who);
  return res;
}

async function register(worker) {
  registrationCounter += 1;
  const n = registrationCounter;
  // From a different address each time (as people register from their own networks), so the
  // limit of 20 registrations an hour per address seldom decides; when it does, the refusal
  // is counted as such.
  const visitor = new Visitor(server.base, {
    name: `dur${n}`,
    email: `dur-${RUN}-${n}@kaunas.test`,
    password: `durability-${RUN}-${n}-slaptazodis`,
    localAddress: `127.0.${100 + worker.id}.${1 + (n % 250)}`,
  });
  const record = { email: visitor.email, password: visitor.password };
  const res = await write(
    "registrations",
    record,
    () =>
      visitor.post(
        "register",
        { email: visitor.email, display_name: `Durability ${n}`, password: visitor.password, birth_year: "", guardian_email: "" },
        "/register",
      ),
    (r) => r.status === 302 && r.location === "/register/sent",
  );
  if (res && res.status === 302 && res.location === "/register/sent") pendingConfirm.push(visitor);
}

async function confirm(worker) {
  readLinks();
  const i = pendingConfirm.findIndex((v) => tokens.has(v.email));
  if (i < 0) return register(worker);
  const [visitor] = pendingConfirm.splice(i, 1);
  visitor.localAddress = worker.address;
  const record = { email: visitor.email };
  const res = await write(
    "confirmations",
    record,
    () => visitor.post("confirm_email", { token: tokens.get(visitor.email) }, "/confirm"),
    (r) => r.status === 302 && r.location.startsWith("/me?confirmed=1") && !!visitor.cookie,
  );
  if (res && res.status === 302 && res.location.startsWith("/me?confirmed=1") && visitor.cookie) addPublisher(visitor);
}

async function workerLoop(worker) {
  while (!finished) {
    await waitUp();
    if (finished) return;
    const roll = Math.random();
    const action =
      roll < 0.38 ? support : roll < 0.76 ? comment : roll < 0.88 ? register : confirm;
    const before = generation;
    const res = await action(worker);
    if (res === null && generation === before) {
      // The server died under this request: wait for the next start.
      while (!finished && generation === before) await sleep(10);
    }
  }
}

// --- checking afterwards --------------------------------------------------------------------
/** `server check FILE`: integrity, foreign keys and counters, read by the release binary. */
function checkByBinary() {
  const out = spawnSync(SERVER_BIN, ["check", dbFile], { encoding: "utf8" });
  const text = `${out.stdout}`;
  const integrity = /^integrity_check: (.*)$/m.exec(text)?.[1];
  const foreignKeys = /^foreign_key_check: (\d+) violations$/m.exec(text)?.[1];
  const counters = /^counters: (\d+) ideas with a wrong support count, (\d+) with a wrong comment count$/m.exec(text);
  if (integrity === undefined || foreignKeys === undefined || !counters) {
    console.error(`server check gave no report (exit ${out.status}): ${out.stderr}`);
    return null;
  }
  return {
    integrity,
    foreignKeys: Number(foreignKeys),
    supportDrift: Number(counters[1]),
    commentDrift: Number(counters[2]),
  };
}

/** A way to run SQL on the file: the sqlite3 command, or Node's built-in node:sqlite. */
async function sqlRunner() {
  const cli = process.env.SQLITE3 ?? "sqlite3";
  const probe = spawnSync(cli, ["-version"], { encoding: "utf8" });
  if (probe.status === 0) {
    return {
      name: `${cli} ${probe.stdout.trim().split(" ")[0]}`,
      all(sql) {
        const out = spawnSync(cli, ["-batch", "-noheader", "-separator", "\t", dbFile, sql], {
          encoding: "utf8",
          maxBuffer: 256 * 1024 * 1024,
        });
        if (out.status !== 0) throw new Error(`sqlite3 failed: ${out.stderr}`);
        return out.stdout.split("\n").filter((l) => l.length > 0).map((l) => l.split("\t"));
      },
    };
  }
  try {
    const { DatabaseSync } = await import("node:sqlite");
    const db = new DatabaseSync(dbFile);
    return {
      name: `node:sqlite (Node ${process.version})`,
      all(sql) {
        return db.prepare(sql).all().map((row) => Object.values(row).map((v) => String(v)));
      },
    };
  } catch {
    return null;
  }
}

function verifyBySql(sql) {
  const lost = Object.fromEntries(KINDS.map((k) => [k, []]));
  const foundUnanswered = Object.fromEntries(KINDS.map((k) => [k, 0]));
  const supports = new Set(
    sql.all("SELECT u.email, s.idea_id FROM idea_supports s JOIN users u ON u.id = s.user_id").map(
      ([email, idea]) => `${email}|${idea}`,
    ),
  );
  for (const r of acked.supports) if (!supports.has(`${r.email}|${r.idea}`)) lost.supports.push(r);
  for (const r of unanswered.supports) if (supports.has(`${r.email}|${r.idea}`)) foundUnanswered.supports += 1;

  const comments = new Map(
    sql
      .all(
        `SELECT c.id, c.idea_id, c.body, u.email FROM comments c JOIN users u ON u.id = c.author_id
          WHERE c.body LIKE 'Durability check ${RUN} %'`,
      )
      .map(([id, idea, body, email]) => [body, { id: Number(id), idea: Number(idea), email }]),
  );
  for (const r of acked.comments) {
    const row = comments.get(r.body);
    if (!row || row.id !== r.id || row.idea !== r.idea || row.email !== r.email) lost.comments.push({ ...r, found: row ?? null });
  }
  for (const r of unanswered.comments) if (comments.has(r.body)) foundUnanswered.comments += 1;

  const users = new Map(
    sql
      .all(`SELECT email, email_verified_at IS NOT NULL FROM users WHERE email LIKE 'dur-${RUN}-%'`)
      .map(([email, verified]) => [email, verified === "1"]),
  );
  for (const r of acked.registrations) if (!users.has(r.email)) lost.registrations.push(r);
  for (const r of unanswered.registrations) if (users.has(r.email)) foundUnanswered.registrations += 1;
  for (const r of acked.confirmations) if (users.get(r.email) !== true) lost.confirmations.push(r);
  for (const r of unanswered.confirmations) if (users.get(r.email) === true) foundUnanswered.confirmations += 1;

  const integrity = sql.all("PRAGMA integrity_check").map((r) => r.join(" ")).join("; ");
  const foreignKeys = sql.all("PRAGMA foreign_key_check").length;
  const supportDrift = Number(
    sql.all(
      "SELECT COUNT(*) FROM ideas i WHERE support_count != (SELECT COUNT(*) FROM idea_supports s WHERE s.idea_id = i.id)",
    )[0][0],
  );
  const commentDrift = Number(
    sql.all(
      "SELECT COUNT(*) FROM ideas i WHERE comment_count != (SELECT COUNT(*) FROM comments c WHERE c.idea_id = i.id)",
    )[0][0],
  );
  return { lost, foundUnanswered, integrity, foreignKeys, supportDrift, commentDrift };
}

/** Runs `fn` over `items`, `n` at a time. */
async function pool(items, n, fn) {
  let next = 0;
  await Promise.all(
    Array.from({ length: n }, async () => {
      while (next < items.length) {
        const item = items[next++];
        await fn(item);
      }
    }),
  );
}

async function verifyByHttp() {
  const lost = Object.fromEntries(KINDS.map((k) => [k, []]));
  const anonymous = new Visitor(server.base, { localAddress: addressOf(0) });
  // Comments: on their idea's page, anchor and text.
  const byIdea = new Map();
  for (const r of acked.comments) byIdea.set(r.idea, [...(byIdea.get(r.idea) ?? []), r]);
  await pool([...byIdea.keys()], 4, async (idea) => {
    const res = await anonymous.get(`/ideas/${idea}`);
    for (const r of byIdea.get(idea)) {
      if (res.status !== 200 || !res.body.includes(`id="comment-${r.id}"`) || !res.body.includes(r.body)) lost.comments.push(r);
    }
  });
  // Every account that wrote or registered signs in afresh (its password is known).
  const accounts = new Map();
  for (const p of DEMO_PUBLISHERS) accounts.set(p.email, p.password);
  for (const r of acked.registrations) accounts.set(r.email, r.password);
  for (const r of acked.supports) if (!accounts.has(r.email)) accounts.set(r.email, null);
  const sessions = new Map();
  let i = 0;
  await pool([...accounts.entries()], 2, async ([email, password]) => {
    const v = new Visitor(server.base, { email, password, localAddress: addressOf(40 + (i++ % 40)) });
    if (password && (await v.login()).ok) sessions.set(email, v);
  });
  for (const r of acked.registrations) if (!sessions.has(r.email)) lost.registrations.push(r);
  // Supports: the supporter's button on the idea's page is pressed. Confirmations: a confirmed
  // account gets the support button at all (an unconfirmed one only sees the count).
  const checks = [
    ...acked.supports.map((r) => ({ kind: "supports", r, idea: r.idea })),
    ...acked.confirmations.map((r) => ({ kind: "confirmations", r, idea: ideas[0] })),
  ];
  await pool(checks, 4, async ({ kind, r, idea }) => {
    const v = sessions.get(r.email);
    if (!v) {
      lost[kind].push(r);
      return;
    }
    const res = await v.get(`/ideas/${idea}`);
    const button = /<button[^>]*data-testid="support-button"[^>]*>/.exec(res.body)?.[0] ?? "";
    const ok = kind === "supports" ? button.includes('aria-pressed="true"') : button !== "";
    if (res.status !== 200 || !ok) lost[kind].push(r);
  });
  return { lost };
}

// --- the run ---------------------------------------------------------------------------------
const workers = Array.from({ length: CLIENTS }, (_, i) => ({ id: i, address: addressOf(i) }));
let exitCode = 0;
try {
  console.log(
    `durability: ${ROUNDS} rounds, SIGKILL ${KILL_MIN}-${KILL_MAX} ms after each start, ${CLIENTS} concurrent writers`,
  );
  console.log(`server ${SERVER_BIN}, database ${dbFile}`);
  await server.start();
  ideas = await listIdeas(server.base);
  for (const [i, p] of DEMO_PUBLISHERS.entries()) {
    const v = new Visitor(server.base, { ...p, localAddress: addressOf(i) });
    const { ok, res } = await v.login();
    if (!ok) throw new Error(`sign-in of ${p.email} failed: HTTP ${res.status} ${res.location}`);
    addPublisher(v);
  }
  console.log(`${ideas.length} ideas, ${publishers.length} demo publishers signed in`);
  markUp();
  const loops = workers.map(workerLoop);
  const started = Date.now();
  for (let round = 1; round <= ROUNDS; round++) {
    if (round > 1) {
      await server.start();
      markUp();
    }
    await sleep(KILL_MIN + Math.random() * (KILL_MAX - KILL_MIN));
    up = false;
    const how = await server.kill("SIGKILL");
    if (how.signal !== "SIGKILL") anomalies.push(`round ${round}: the server had already exited: ${JSON.stringify(how)}`);
    if (round % 10 === 0 || round === ROUNDS) {
      const acks = KINDS.map((k) => `${k} ${stats[k].acked}`).join(", ");
      console.log(`  round ${round}/${ROUNDS} (${((Date.now() - started) / 1000).toFixed(0)} s): acknowledged ${acks}`);
    }
  }
  finished = true;
  for (const resolve of upWaiters) resolve();
  await Promise.all(loops);

  if (process.env.DURABILITY_FAKE_LOSS === "1") {
    // Checks the checker: one acknowledgement per kind that was never written must be found lost.
    const ghost = `ghost-${RUN}@kaunas.test`;
    acked.supports.push({ email: DEMO_PUBLISHERS[0].email, idea: -1 });
    acked.comments.push({ email: DEMO_PUBLISHERS[0].email, idea: ideas[0], body: `Durability check ${RUN} ghost`, id: -1 });
    acked.registrations.push({ email: ghost, password: "ghost-password-123" });
    acked.confirmations.push({ email: ghost });
  }
  // The server is down (killed in the last round). First the file itself, then its pages.
  const sql = VERIFY === "http" ? null : await sqlRunner();
  if (VERIFY === "sql" && !sql) throw new Error("DURABILITY_VERIFY=sql but neither sqlite3 nor node:sqlite is available");
  const bySql = sql ? verifyBySql(sql) : null;
  // Without SQL, the server binary checks the file itself.
  const byBinary = sql ? null : checkByBinary();
  let byHttp = null;
  // "auto" and "both": SQL when there is a way, and the pages in any case.
  if (VERIFY !== "sql") {
    await server.start();
    try {
      byHttp = await verifyByHttp();
    } finally {
      await server.stop();
    }
  }
  const log = scanLog(logFile);

  // --- the report ---
  console.log("");
  console.log(`rounds: ${ROUNDS} (each ended by SIGKILL)`);
  const methods = [bySql && `SQL (${sql.name})`, byBinary && "`server check`", byHttp && "the server's pages"]
    .filter(Boolean)
    .join(" and ");
  console.log(`checked through: ${methods}`);
  const pad = (s, n) => String(s).padStart(n);
  console.log(
    `${"kind".padEnd(14)}${pad("attempted", 10)}${pad("acked", 8)}${pad("refused", 9)}${pad("no answer", 11)}` +
      `${pad("lost(sql)", 11)}${pad("lost(http)", 12)}  no answer but written`,
  );
  let lostTotal = 0;
  for (const k of KINDS) {
    const s = stats[k];
    const lostSql = bySql ? bySql.lost[k].length : "-";
    const lostHttp = byHttp ? byHttp.lost[k].length : "-";
    lostTotal += (bySql?.lost[k].length ?? 0) + (byHttp?.lost[k].length ?? 0);
    const written = bySql ? `${bySql.foundUnanswered[k]} of ${s.unanswered}` : "-";
    console.log(
      `${k.padEnd(14)}${pad(s.attempted, 10)}${pad(s.acked, 8)}${pad(s.refused, 9)}${pad(s.unanswered, 11)}` +
        `${pad(lostSql, 11)}${pad(lostHttp, 12)}  ${written}`,
    );
  }
  for (const k of KINDS) {
    const reasons = Object.entries(stats[k].reasons);
    if (reasons.length) console.log(`refused ${k}: ${reasons.map(([r, n]) => `${r} ×${n}`).join(", ")}`);
  }
  for (const k of KINDS) {
    for (const [how, found] of [["sql", bySql], ["http", byHttp]]) {
      for (const r of (found?.lost[k] ?? []).slice(0, 5)) console.log(`LOST ${k} (${how}): ${JSON.stringify(r)}`);
    }
  }
  if (bySql) {
    console.log(`integrity_check: ${bySql.integrity}`);
    console.log(`foreign_key_check: ${bySql.foreignKeys === 0 ? "no violations" : `${bySql.foreignKeys} violations`}`);
    console.log(
      `counters: ideas whose support_count differs from their supports: ${bySql.supportDrift}; ` +
        `whose comment_count differs from their comments: ${bySql.commentDrift}`,
    );
  } else if (byBinary) {
    console.log(`integrity_check (server check): ${byBinary.integrity}`);
    console.log(`foreign_key_check: ${byBinary.foreignKeys === 0 ? "no violations" : `${byBinary.foreignKeys} violations`}`);
    console.log(
      `counters: ideas whose support_count differs from their supports: ${byBinary.supportDrift}; ` +
        `whose comment_count differs from their comments: ${byBinary.commentDrift}`,
    );
  } else {
    console.log("integrity_check: NOT RUN (no sqlite3, no node:sqlite, and `server check` failed)");
  }
  console.log(
    `server log: ${log.panics} panics, ${log.locked} "database is locked", ${log.internal} internal errors, ${log.errors} ERROR lines`,
  );
  for (const line of log.panicKinds) console.log(`  panic: ${line}`);
  console.log(
    `sessions the server forgot: ${sessionsLost}; connection failures while the server was up: ${connectionErrorsWhileUp}; ` +
      `accounts that could publish at the end: ${publishers.length}`,
  );
  for (const a of anomalies.slice(0, 10)) console.log(`anomaly: ${a}`);
  const checked = bySql ?? byBinary;
  const integrityOk = checked ? checked.integrity === "ok" : false;
  const countersOk = checked ? checked.supportDrift === 0 && checked.commentDrift === 0 && checked.foreignKeys === 0 : true;
  if (log.panics > 0) {
    console.log(`WARNING: the server panicked ${log.panics} times (see the log); no write is lost because of it`);
  }
  if (lostTotal > 0 || (checked && !integrityOk) || !countersOk) {
    console.log("result: FAIL");
    exitCode = 1;
  } else if (!checked) {
    console.log("result: no write lost, but the integrity check could not run");
    exitCode = 2;
  } else {
    console.log("result: PASS (no acknowledged write lost, integrity ok)");
  }
} catch (err) {
  console.error(err);
  exitCode = 1;
} finally {
  finished = true;
  await server.kill("SIGKILL");
  if (KEEP || exitCode !== 0) console.log(`scratch folder kept: ${dir}`);
  else fs.rmSync(dir, { recursive: true, force: true });
}
process.exit(exitCode);
