import { pino, type Logger } from "pino";

export type { Logger };

/**
 * Structured JSON logs. Anything that could carry a secret is redacted by path,
 * as a second line of defence: the code already never logs credentials.
 */
export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { service: "hesabgraph" },
    redact: {
      paths: [
        "*.token", "*.apiKey", "*.loginToken", "*.password", "*.clientSecret", "*.accessToken", "*.refreshToken",
        "headers.authorization", "*.headers.authorization", "req.headers.authorization",
      ],
      censor: "[redacted]",
    },
  });
}
