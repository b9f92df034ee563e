import type BetterSqlite3 from 'better-sqlite3';

/**
 * better-sqlite3, in the build that is safe on the running Node.
 *
 * Up to 12, the addon wraps its objects with Node's own `node::ObjectWrap`, and on
 * Node 24 a statement collected by the garbage collector can abort the whole process
 * (`Assertion failed: (env) != nullptr` in RemoveEnvironmentCleanupHook;
 * https://github.com/nodejs/node/issues/65446, https://github.com/WiseLibs/better-sqlite3/issues/1515).
 * 13 is built on Node-API and ships its binaries in the package, but needs Node 22.
 * So Node 22 and later load 13 (installed as `better-sqlite3-napi`), and Node 20 loads 12.
 * Both have the same API.
 */
const NODE_MAJOR = Number(process.versions.node.split('.')[0]);
export const DRIVER = NODE_MAJOR >= 22 ? 'better-sqlite3-napi' : 'better-sqlite3';

function load(): typeof BetterSqlite3 {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return require(DRIVER) as typeof BetterSqlite3;
  } catch (error) {
    throw new Error(
      `${DRIVER} could not be loaded on Node ${process.versions.node}: ${error instanceof Error ? error.message : String(error)}. `
        + (DRIVER === 'better-sqlite3'
          ? 'On Node 20, npm install compiles better-sqlite3 12, which needs python3, make and a C++ compiler; run npm install again once they are there, or use Node 22 or later.'
          : 'Run npm install again.'),
      { cause: error },
    );
  }
}

export const Database = load();
export type Database = BetterSqlite3.Database;
