// Self-signed certificates for the sandbox vendors. Tahesab's API add-on serves
// HTTPS from the shop PC with a self-signed certificate; the simulators do the
// same, and tests trust exactly that certificate (as `ca`) instead of turning
// verification off, so a client that skips verification is caught.
import { X509Certificate } from "node:crypto";
import { generate } from "selfsigned";

export interface SelfSignedCertificate {
  /** PEM private key. */
  key: string;
  /** PEM certificate. */
  cert: string;
  /** SHA-256 fingerprint of the DER certificate, uppercase hex with colons. */
  sha256: string;
}

export async function generateSelfSignedCertificate(commonName = "localhost"): Promise<SelfSignedCertificate> {
  const notBeforeDate = new Date(Date.now() - 60_000); // tolerate small clock skew
  const notAfterDate = new Date(notBeforeDate.getTime() + 365 * 24 * 3600 * 1000);
  const pems = await generate([{ name: "commonName", value: commonName }], {
    // ECDSA P-256: tens of milliseconds to make, where RSA-2048 takes up to a
    // second; tests start many simulators, each with its own certificate.
    keyType: "ec",
    curve: "P-256",
    algorithm: "sha256",
    notBeforeDate,
    notAfterDate,
    extensions: [
      { name: "basicConstraints", cA: false },
      { name: "keyUsage", digitalSignature: true, critical: true },
      { name: "extKeyUsage", serverAuth: true },
      {
        name: "subjectAltName",
        altNames: [
          { type: 2, value: "localhost" },
          ...(commonName !== "localhost" ? [{ type: 2 as const, value: commonName }] : []),
          { type: 7, ip: "127.0.0.1" },
          { type: 7, ip: "::1" },
        ],
      },
    ],
  });
  const sha256 = new X509Certificate(pems.cert).fingerprint256;
  return { key: pems.private, cert: pems.cert, sha256 };
}
