// The jest environment of every suite: Node's, minus one warning.
//
// restify's spdy (through http-deceiver) reads process.binding('http_parser'), which
// Node reports as DEP0111 each time restify loads; every suite that starts the server
// loads it anew. The server drops that warning itself while restify loads
// (bot/src/server/loadRestify.ts), but inside jest it runs with a copy of `process`,
// so the drop cannot reach the real process.emitWarning that Node calls. Here,
// outside the sandbox, exactly that warning is dropped; every other one is emitted.
const { TestEnvironment } = require('jest-environment-node');

const HTTP_PARSER_BINDING = "Access to process.binding('http_parser') is deprecated.";

function isRestifyDep0111(warning, rest) {
  const [typeOrOptions, code] = rest;
  const warningCode = typeof typeOrOptions === 'object' && typeOrOptions !== null ? typeOrOptions.code : code;
  return warningCode === 'DEP0111' && String(warning instanceof Error ? warning.message : warning) === HTTP_PARSER_BINDING;
}

if (!process.emitWarning.restifyDep0111Dropped) {
  const emitWarning = process.emitWarning;
  const filtered = function emitAllButRestifyDep0111(warning, ...rest) {
    if (isRestifyDep0111(warning, rest)) return;
    emitWarning.call(this, warning, ...rest);
  };
  filtered.restifyDep0111Dropped = true;
  process.emitWarning = filtered;
}

module.exports = TestEnvironment;
