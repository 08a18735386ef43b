import { pino, type DestinationStream, type Logger } from "pino";

export type { Logger };

/**
 * Structured JSON logs. Anything that could carry a secret is redacted by path,
 * as a second line of defence: the code already never logs credentials.
 */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  const options = {
    level,
    base: { service: "hesabgraph" },
    redact: {
      paths: [
        "*.token", "*.apiKey", "*.loginToken", "*.password", "*.clientSecret", "*.accessToken", "*.refreshToken",
        "headers.authorization", "*.headers.authorization", "req.headers.authorization",
      ],
      censor: "[redacted]",
    },
  };
  // Tests hand a destination of their own, to read every line the server writes.
  return destination ? pino(options, destination) : pino(options);
}
