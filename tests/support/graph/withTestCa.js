#!/usr/bin/env node
'use strict';
// Runs a command with the Graph emulator's test CA trusted:
//
//   node tests/support/graph/withTestCa.js jest --ci
//
// Node reads NODE_EXTRA_CA_CERTS only when a process starts, so a test cannot trust the
// emulator's certificate from inside; this launcher makes the CA first (testTls.js) and
// starts the command with NODE_EXTRA_CA_CERTS pointing at it. stdio is shared, signals
// are passed on and the command's exit status becomes ours. ./node_modules/.bin is put
// on PATH so `jest` or `tsc` work without npx, as they do inside npm scripts.

const { spawn } = require('node:child_process');
const path = require('node:path');
const { extraCaFile } = require('./testTls.js');

const [command, ...args] = process.argv.slice(2);
if (!command) {
  process.stderr.write('usage: node tests/support/graph/withTestCa.js <command> [args...]\n');
  process.exit(2);
}

const binDir = path.resolve('node_modules', '.bin');
const env = {
  ...process.env,
  NODE_EXTRA_CA_CERTS: extraCaFile(process.env.NODE_EXTRA_CA_CERTS),
  PATH: [binDir, process.env.PATH].filter(Boolean).join(path.delimiter),
};

const child = spawn(command, args, { stdio: 'inherit', env, shell: process.platform === 'win32' });

const forward = (signal) => () => child.kill(signal);
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, forward(signal));

child.on('error', (error) => {
  process.stderr.write(`withTestCa: cannot start ${command}: ${error.message}\n`);
  process.exit(127);
});
child.on('exit', (code, signal) => {
  if (signal) {
    // Die of the same signal so callers see what happened to the command.
    process.removeAllListeners(signal);
    process.kill(process.pid, signal);
    return;
  }
  process.exit(code ?? 1);
});
