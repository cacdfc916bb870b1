/**
 * A self-signed certificate for 127.0.0.1, made with openssl into a temporary folder.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/** A certificate and its key, PEM. */
export interface SelfSigned {
  readonly cert: string;
  readonly key: string;
}

/** The certificate, or a reason why it could not be made (openssl missing). */
export function makeSelfSigned(): SelfSigned | { readonly skipped: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'egeria-ts-admin-tls-'));
  try {
    const keyFile = path.join(dir, 'key.pem');
    const certFile = path.join(dir, 'cert.pem');
    try {
      execFileSync(
        'openssl',
        [
          'req',
          '-x509',
          '-newkey',
          'rsa:2048',
          '-nodes',
          '-keyout',
          keyFile,
          '-out',
          certFile,
          '-days',
          '1',
          '-subj',
          '/CN=127.0.0.1',
          '-addext',
          'subjectAltName=IP:127.0.0.1',
        ],
        { stdio: 'pipe' },
      );
    } catch (e) {
      return { skipped: `openssl could not make a certificate: ${e instanceof Error ? e.message : String(e)}` };
    }
    return { cert: fs.readFileSync(certFile, 'utf8'), key: fs.readFileSync(keyFile, 'utf8') };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
