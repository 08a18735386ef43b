import https from "node:https";
import tls from "node:tls";
import type { Duplex } from "node:stream";

/** Raised before any byte is written when the server's certificate is not the pinned one. */
export class CertificatePinMismatch extends Error {
  readonly code = "ERR_HESABGRAPH_CERT_PIN";
  constructor(readonly expected: string, readonly actual: string | undefined) {
    super(`certificate fingerprint ${actual ?? "(none)"} does not match the pinned ${expected}`);
  }
}

/**
 * An HTTPS agent that trusts exactly one certificate, named by its SHA-256
 * fingerprint. Tahesab runs on a shop PC with a self-signed certificate that
 * often names no usable host and may be past its dates; a CA chain cannot
 * vouch for it, the pin can. Chain validation is therefore replaced (not
 * skipped) by an exact comparison of the leaf certificate, done before the
 * socket is handed to the HTTP layer: no request byte (nor the Bearer token)
 * is written to a server that fails the pin.
 */
export class PinnedCertificateAgent extends https.Agent {
  constructor(private readonly pin: string, options: https.AgentOptions = {}) {
    super(options);
  }

  // Node's Agent accepts an asynchronous createConnection: return nothing and
  // call back with the socket once it is ready.
  override createConnection(
    options: https.RequestOptions,
    callback?: (error: Error | null, socket: Duplex) => void,
  ): Duplex | null | undefined {
    const socket = tls.connect({ ...(options as tls.ConnectionOptions), ca: undefined, rejectUnauthorized: false });
    const onError = (error: Error) => callback?.(error, socket);
    socket.once("error", onError);
    socket.once("secureConnect", () => {
      socket.removeListener("error", onError);
      const actual = socket.getPeerCertificate()?.fingerprint256;
      if (actual !== this.pin) {
        socket.destroy();
        callback?.(new CertificatePinMismatch(this.pin, actual), socket);
        return;
      }
      callback?.(null, socket);
    });
    return undefined;
  }
}

export interface TrustOptions {
  caPem?: string;
  certSha256?: string;
}

/** The agent for one vendor connection: pinned, custom CA, or the system CAs. */
export function createTrustingAgent(trust: TrustOptions): https.Agent {
  const common: https.AgentOptions = { keepAlive: true, maxSockets: 8 };
  if (trust.certSha256) return new PinnedCertificateAgent(trust.certSha256, common);
  if (trust.caPem) return new https.Agent({ ...common, ca: trust.caPem });
  return new https.Agent(common);
}
