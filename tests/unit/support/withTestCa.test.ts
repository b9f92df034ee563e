import { spawnSync } from 'node:child_process';
import { X509Certificate } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { GraphEmulator } from '../../support/graph/graphEmulator';
import { ensureTestTls } from '../../support/graph/testTls';
import { APP } from './graphFixture';

const launcher = path.resolve(__dirname, '../../support/graph/withTestCa.js');

test('the launcher starts the command trusting the test CA and passes its exit status on', () => {
  const env = { ...process.env };
  delete env.NODE_EXTRA_CA_CERTS;
  const script = 'console.log(process.env.NODE_EXTRA_CA_CERTS); process.exitCode = 3';
  const run = spawnSync(process.execPath, [launcher, process.execPath, '-e', script], { encoding: 'utf8', env });
  expect(run.status).toBe(3);
  const caFile = run.stdout.trim();
  expect(caFile).toBe(ensureTestTls().caCertPath);
  expect(fs.readFileSync(caFile, 'utf8')).toContain(ensureTestTls().caCert.trim());
});

test('an already configured NODE_EXTRA_CA_CERTS is kept, bundled with the test CA', () => {
  const other = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'extra-ca-')), 'other.pem');
  fs.writeFileSync(other, ensureTestTls().cert);
  const run = spawnSync(process.execPath, [launcher, process.execPath, '-e', 'console.log(process.env.NODE_EXTRA_CA_CERTS)'], {
    encoding: 'utf8', env: { ...process.env, NODE_EXTRA_CA_CERTS: other },
  });
  expect(run.status).toBe(0);
  const bundle = fs.readFileSync(run.stdout.trim(), 'utf8');
  expect(bundle).toContain(ensureTestTls().caCert.trim());
  expect(bundle).toContain(ensureTestTls().cert.trim());
  fs.rmSync(path.dirname(other), { recursive: true, force: true });
});

test('the server certificate is issued by the CA for localhost and 127.0.0.1', () => {
  const tls = ensureTestTls();
  const cert = new X509Certificate(tls.cert);
  expect(cert.checkIssued(new X509Certificate(tls.caCert))).toBe(true);
  expect(cert.subjectAltName).toContain('DNS:localhost');
  expect(cert.subjectAltName).toContain('IP Address:127.0.0.1');
  expect(fs.existsSync(tls.keyPath)).toBe(true);
});

test('without the launcher the emulator refuses to start and says how to run it', async () => {
  const saved = process.env.NODE_EXTRA_CA_CERTS;
  delete process.env.NODE_EXTRA_CA_CERTS;
  try {
    await expect(GraphEmulator.start(APP)).rejects.toThrow(/withTestCa\.js/);
  } finally {
    process.env.NODE_EXTRA_CA_CERTS = saved;
  }
});
