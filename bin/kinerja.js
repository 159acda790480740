#!/usr/bin/env node
/**
 * The `kinerja` command. Runs the TypeScript entry directly through tsx (a runtime
 * dependency), so it works in a fresh clone right after `npm ci`, without a build step.
 */
"use strict";
require("tsx/cjs");
const { main } = require("../src/cli/main.ts");

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
