'use strict';
// A throw-away certificate authority and a server certificate for the Graph emulator.
//
// Why TLS at all: @azure/identity (MSAL) accepts only an https:// authority host, and
// @microsoft/microsoft-graph-client drops the Authorization header for http:// base URLs
// (see shared/ENGINEERING.md, "Graph and @azure/identity against a local endpoint").
// Why plain CommonJS JavaScript: withTestCa.js runs before any TypeScript transform and
// must create the CA before Node starts (Node reads NODE_EXTRA_CA_CERTS only at start),
// while the TypeScript emulator needs the same files; keeping the logic here keeps it in
// one place (testTls.d.ts gives TypeScript the types).
//
// The files live in one directory under os.tmpdir(), made once and reused; a missing or
// incomplete directory is made again. Generation happens in a private temporary
// directory that is renamed into place, so parallel processes never see half a CA.

const { execFileSync } = require('node:child_process');
const crypto = require('node:crypto');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

/** Bump the suffix when the certificate profile below changes, so old caches are ignored. */
const DIR_NAME = 'dagordning-graph-emulator-tls-v1';
const FILES = { caCert: 'ca.crt', caKey: 'ca.key', cert: 'server.crt', key: 'server.key' };

function tlsDirectory() {
  return path.join(os.tmpdir(), DIR_NAME);
}

function isComplete(dir) {
  return Object.values(FILES).every((name) => {
    try {
      return fs.statSync(path.join(dir, name)).size > 0;
    } catch {
      return false;
    }
  });
}

function openssl(args, cwd) {
  execFileSync('openssl', args, { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
}

function generateInto(dir) {
  // The CA may sign certificates and nothing else; 10 years is plenty for a temp file.
  openssl(['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-sha256', '-days', '3650',
    '-keyout', FILES.caKey, '-out', FILES.caCert, '-subj', '/CN=Dagordning Graph emulator test CA',
    '-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign,cRLSign'], dir);
  openssl(['req', '-newkey', 'rsa:2048', '-nodes', '-sha256', '-keyout', FILES.key, '-out', 'server.csr',
    '-subj', '/CN=localhost'], dir);
  // Clients check subjectAltName, never the CN: name both ways the tests reach the emulator.
  fs.writeFileSync(path.join(dir, 'server.ext'), [
    'basicConstraints=CA:FALSE',
    'keyUsage=critical,digitalSignature,keyEncipherment',
    'extendedKeyUsage=serverAuth',
    'subjectAltName=DNS:localhost,IP:127.0.0.1',
    '',
  ].join('\n'));
  openssl(['x509', '-req', '-sha256', '-days', '825', '-in', 'server.csr', '-CA', FILES.caCert,
    '-CAkey', FILES.caKey, '-CAcreateserial', '-out', FILES.cert, '-extfile', 'server.ext'], dir);
}

/**
 * Makes the CA and server certificate if they are missing and returns their paths and
 * PEM contents.
 */
function ensureTestTls() {
  const dir = tlsDirectory();
  if (!isComplete(dir)) {
    fs.rmSync(dir, { recursive: true, force: true });
    const staging = fs.mkdtempSync(path.join(os.tmpdir(), `${DIR_NAME}-staging-`));
    try {
      generateInto(staging);
      try {
        fs.renameSync(staging, dir);
      } catch (error) {
        // Another process won the race: use its files, drop ours.
        if (!isComplete(dir)) throw error;
      }
    } finally {
      fs.rmSync(staging, { recursive: true, force: true });
    }
  }
  const file = (name) => path.join(dir, name);
  return {
    dir,
    caCertPath: file(FILES.caCert),
    certPath: file(FILES.cert),
    keyPath: file(FILES.key),
    caCert: fs.readFileSync(file(FILES.caCert), 'utf8'),
    cert: fs.readFileSync(file(FILES.cert), 'utf8'),
    key: fs.readFileSync(file(FILES.key), 'utf8'),
  };
}

/**
 * The CA file to hand to NODE_EXTRA_CA_CERTS. Node takes a single file, so when the
 * caller already trusts another extra bundle, both go into one file beside the CA.
 */
function extraCaFile(existing) {
  const tls = ensureTestTls();
  if (!existing || path.resolve(existing) === tls.caCertPath) return tls.caCertPath;
  const other = fs.readFileSync(existing, 'utf8');
  if (other.includes(tls.caCert.trim())) return existing;
  const digest = crypto.createHash('sha256').update(other).digest('hex').slice(0, 16);
  const bundle = path.join(tls.dir, `bundle-${digest}.pem`);
  if (!fs.existsSync(bundle)) fs.writeFileSync(bundle, `${other.trimEnd()}\n${tls.caCert}`);
  return bundle;
}

/** True when this process was started trusting the test CA (by withTestCa.js or by hand). */
function processTrustsTestCa() {
  const configured = process.env.NODE_EXTRA_CA_CERTS;
  if (!configured) return false;
  try {
    const tls = ensureTestTls();
    return fs.readFileSync(configured, 'utf8').includes(tls.caCert.trim());
  } catch {
    return false;
  }
}

module.exports = { ensureTestTls, extraCaFile, processTrustsTestCa, tlsDirectory };
