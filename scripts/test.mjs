#!/usr/bin/env node
// Runs the test suite with node's test runner: unit and HTTP tests by default,
// the browser tests (test/e2e) with --browser. Node 20 has no glob for --test,
// so the files are listed here.
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import path from "node:path";

const browser = process.argv.includes("--browser");
const root = path.resolve(import.meta.dirname ?? path.dirname(new URL(import.meta.url).pathname), "..");

function find(dir, out = []) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (e.name === "node_modules") continue;
      find(p, out);
    } else if (/\.test\.tsx?$/.test(e.name)) out.push(path.relative(root, p));
  }
  return out;
}

const all = [...find(path.join(root, "src")), ...find(path.join(root, "test"))].sort();
const files = all.filter((f) => f.startsWith(path.join("test", "e2e")) === browser);
const only = process.argv.slice(2).filter((a) => !a.startsWith("--"));
const selected = only.length ? files.filter((f) => only.some((o) => f.includes(o))) : files;
if (selected.length === 0) {
  console.error("no test files found");
  process.exit(1);
}
const concurrency = browser ? 1 : Math.max(2, Number(process.env.TEST_CONCURRENCY ?? 2));
const result = spawnSync(
  process.execPath,
  ["--import", "tsx", "--test", `--test-concurrency=${concurrency}`, "--test-reporter=spec", ...selected],
  { stdio: "inherit", cwd: root, env: { ...process.env, NODE_ENV: "test" } },
);
process.exit(result.status ?? 1);
