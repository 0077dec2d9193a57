import { defineConfig } from "@playwright/test";
import * as path from "node:path";

// The release server, started by Playwright on a loopback port with a fresh database.
const port = Number(process.env.SANTAKA_E2E_PORT ?? 3107);
const baseURL = `http://127.0.0.1:${port}`;
const root = path.resolve(__dirname, "..");
const server = process.env.SANTAKA_SERVER_BIN ?? path.join(root, "target/release/server");
const siteRoot = process.env.SANTAKA_SITE_ROOT ?? path.join(root, "target/site");
// Wiped at every start, so each run begins with a fresh database and nothing piles up.
const dbDir = process.env.SANTAKA_E2E_DB_DIR ?? path.join(root, "target/e2e-data");

const chromium = {
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
  ],
};

export default defineConfig({
  testDir: "./tests",
  timeout: 30_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [["list"]],
  use: {
    baseURL,
    locale: "lt-LT",
    launchOptions: chromium,
    trace: "off",
  },
  projects: [
    { name: "hydrated", use: { javaScriptEnabled: true } },
    { name: "no-js", use: { javaScriptEnabled: false } },
  ],
  webServer: {
    // The server's log is where emails go without SMTP; the tests read links from it.
    command: `rm -rf "${dbDir}" && mkdir -p "${dbDir}" && exec "${server}" > "${dbDir}/server.log" 2>&1`,
    url: `${baseURL}/healthz`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: "pipe",
    stderr: "pipe",
    env: {
      SANTAKA_ADDR: `127.0.0.1:${port}`,
      DATABASE_URL: `sqlite://${dbDir}/santaka.db`,
      SANTAKA_SITE_ROOT: siteRoot,
      RUST_LOG: "warn,server::mailer=info",
      // The digest story drives the clock through `server digest --at`.
      SANTAKA_DIGESTS: "off",
      // Live streams end every few seconds, so the workspace story sees a reconnection.
      SANTAKA_LIVE_RENEW_SECS: "3",
      // No map tiles in the tests (nothing listens on port 9): the map must work without them.
      SANTAKA_TILE_URL: "http://127.0.0.1:9/{z}/{x}/{y}.png",
      NO_COLOR: "1",
    },
  },
});
