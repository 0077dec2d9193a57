// Writes <file>.br and <file>.gz beside every .js, .css and .svg file under a folder, so the
// server can send them compressed (tower-http's ServeDir picks the variant the browser accepts).
// Usage: node scripts/precompress.mjs <folder>
import { readdirSync, readFileSync, writeFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, gzipSync, constants } from "node:zlib";

function walk(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (/\.(js|css|svg)$/.test(name)) {
      const raw = readFileSync(path);
      writeFileSync(
        `${path}.br`,
        brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
      );
      writeFileSync(`${path}.gz`, gzipSync(raw, { level: 9 }));
    }
  }
}

const [folder] = process.argv.slice(2);
if (!folder) {
  console.error("usage: node scripts/precompress.mjs <folder>");
  process.exit(2);
}
walk(folder);
