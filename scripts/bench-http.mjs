// A small HTTP load generator (Node's http module, keep-alive): for each URL, `concurrency`
// clients send GET requests back to back for `seconds`, then it prints requests per second and
// latency percentiles. Every answer must be 200. Usage:
//   node scripts/bench-http.mjs <seconds> <concurrency> <name>=<url> [<name>=<url> ...]
// A name ending in "@personal" sends a cookie that makes the server render the page for the
// caller (as for a signed-in person) instead of answering from its memory. The first URL is the
// yardstick: every row shows its throughput as a multiple of the first's.
import http from "node:http";

const [seconds, concurrency, ...targets] = process.argv.slice(2);
const duration = Number(seconds) * 1000;
const clients = Number(concurrency);

async function measure(url, personal) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: clients });
  const latencies = [];
  let bytes = 0;
  const deadline = Date.now() + duration;
  let resets = 0;
  // A kept-alive connection the server closed while idle is retried on a fresh one.
  const one = async () => {
    for (let tries = 1; ; tries++) {
      try {
        return await attempt();
      } catch (err) {
        if (err.code !== "ECONNRESET" || tries >= 5) throw err;
        resets += 1;
      }
    }
  };
  const attempt = () =>
    new Promise((resolve, reject) => {
      const started = process.hrtime.bigint();
      http
        .get(url, { agent, headers: { "accept-language": "lt", ...(personal ? { cookie: "bench=1" } : {}) } }, (res) => {
          res.on("data", (chunk) => (bytes += chunk.length));
          res.on("end", () => {
            if (res.statusCode !== 200) reject(new Error(`${url}: HTTP ${res.statusCode}`));
            latencies.push(Number(process.hrtime.bigint() - started) / 1e6);
            resolve();
          });
        })
        .on("error", reject);
    });
  const worker = async () => {
    while (Date.now() < deadline) await one();
  };
  const start = Date.now();
  await Promise.all(Array.from({ length: clients }, worker));
  const elapsed = (Date.now() - start) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const at = (p) => latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * p))];
  return {
    rps: latencies.length / elapsed,
    p50: at(0.5),
    p99: at(0.99),
    kb: bytes / latencies.length / 1024,
    n: latencies.length,
    resets,
  };
}

const rows = [];
for (const target of targets) {
  const [name, url] = target.split(/=(.*)/s);
  rows.push([name, url, await measure(url, name.endsWith("@personal"))]);
}
const first = rows[0][2].rps;
const firstName = rows[0][0];
console.log(`${clients} clients, ${seconds} s per page, one after another:`);
for (const [name, url, r] of rows) {
  console.log(
    `${name.padEnd(18)} ${r.rps.toFixed(0).padStart(6)} req/s  (${(r.rps / first).toFixed(2)}× ${firstName})  ` +
      `p50 ${r.p50.toFixed(1)} ms  p99 ${r.p99.toFixed(1)} ms  ${r.kb.toFixed(0)} KiB  ${r.n} requests${r.resets ? ` (${r.resets} reconnects)` : ""}  ${url}`,
  );
}
