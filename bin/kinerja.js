#!/usr/bin/env node
/**
 * The `kinerja` command. Starts from the JavaScript bundle that `npm ci` builds
 * (scripts/build-cli.mjs, the `prepare` script); when there is none, or a source file under
 * src/ is newer than it (a change not yet built), it runs the TypeScript through tsx instead,
 * so a fresh clone and a working copy both run what is in src/.
 */
"use strict";
const fs = require("node:fs");
const path = require("node:path");

const root = path.join(__dirname, "..");
const bundle = path.join(root, "build", "cli", "main.js");

/** The newest modification time of the .ts files under `dir`. */
function newest(dir) {
  let latest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) latest = Math.max(latest, newest(full));
    else if (entry.name.endsWith(".ts")) latest = Math.max(latest, fs.statSync(full).mtimeMs);
  }
  return latest;
}

function fresh() {
  try {
    const built = fs.statSync(bundle).mtimeMs;
    return ["cli", "core", "app", "export", "xlsx"].every(
      (d) => newest(path.join(root, "src", d)) <= built
    );
  } catch {
    return false;
  }
}

let main;
if (process.env.KINERJA_FROM_SOURCE !== "1" && fresh()) {
  ({ main } = require(bundle));
} else if (process.env.KINERJA_TSX_LOADED === "1") {
  ({ main } = require("../src/cli/main.ts"));
} else {
  // The TypeScript needs tsx's hooks for require() and for import() (each command is loaded
  // with import()); both come with `node --import tsx`, so this file runs again under it.
  const { spawnSync } = require("node:child_process");
  const child = spawnSync(
    process.execPath,
    [
      "--import",
      require("node:url").pathToFileURL(require.resolve("tsx")).href,
      path.join(__dirname, "kinerja.js"),
      ...process.argv.slice(2),
    ],
    { stdio: "inherit", env: { ...process.env, KINERJA_FROM_SOURCE: "1", KINERJA_TSX_LOADED: "1" } }
  );
  process.exit(child.status ?? 1);
}

main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`${error && error.stack ? error.stack : String(error)}\n`);
    process.exitCode = 2;
  }
);
