// Types for testTls.js (kept in JavaScript so the launcher can use it before any transform).

export interface TestTls {
  /** Directory under os.tmpdir() that caches the files. */
  dir: string;
  caCertPath: string;
  certPath: string;
  keyPath: string;
  /** PEM texts of the CA certificate, the server certificate and the server key. */
  caCert: string;
  cert: string;
  key: string;
}

/** Makes the throw-away CA and the localhost/127.0.0.1 server certificate if missing. */
export function ensureTestTls(): TestTls;
/** The file to put in NODE_EXTRA_CA_CERTS, bundling an already configured one if given. */
export function extraCaFile(existing?: string): string;
/** Whether NODE_EXTRA_CA_CERTS of this process includes the test CA. */
export function processTrustsTestCa(): boolean;
export function tlsDirectory(): string;
