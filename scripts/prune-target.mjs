// Keeps a shared cargo target directory from filling the disk: every build of a test binary
// with new sources leaves another copy (up to 2 GB each) under `deps/`, and incremental caches
// pile up for every clone path CI has used. This keeps the newest executable of each name
// (libraries are small, and several builds of one library are all in use) and removes
// incremental caches; cargo rebuilds anything it still needs.
// Usage: node scripts/prune-target.mjs TARGET_DIR
import fs from "node:fs";
import path from "node:path";

const target = process.argv[2];
if (!target || !fs.existsSync(target)) process.exit(0);
let freed = 0;
const size = (p) => {
  const stat = fs.lstatSync(p);
  if (!stat.isDirectory()) return stat.size;
  return fs.readdirSync(p).reduce((sum, name) => sum + size(path.join(p, name)), 0);
};
const remove = (p) => {
  freed += size(p);
  fs.rmSync(p, { recursive: true, force: true });
};
for (const profile of fs.readdirSync(target)) {
  const dir = path.join(target, profile);
  if (!fs.statSync(dir).isDirectory()) continue;
  for (const sub of [dir, ...fs.readdirSync(dir).map((n) => path.join(dir, n))]) {
    const incremental = path.join(sub, "incremental");
    if (fs.existsSync(incremental)) remove(incremental);
    const deps = path.join(sub, "deps");
    if (!fs.existsSync(deps) || !fs.statSync(deps).isDirectory()) continue;
    const newest = new Map();
    for (const name of fs.readdirSync(deps)) {
      // Executables only: no extension (Linux) or `.exe`.
      const match = /^(.*)-[0-9a-f]{16}(\.exe)?$/.exec(name);
      if (!match) continue;
      const key = match[1];
      const file = path.join(deps, name);
      const mtime = fs.statSync(file).mtimeMs;
      const kept = newest.get(key);
      if (!kept) newest.set(key, { file, mtime });
      else if (mtime > kept.mtime) {
        remove(kept.file);
        newest.set(key, { file, mtime });
      } else remove(file);
    }
  }
}
console.log(`pruned ${(freed / 1e9).toFixed(1)} GB from ${target}`);
