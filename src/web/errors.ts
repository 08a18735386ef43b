import type { NextFunction, Request, Response } from "express";
import { ErrorCode } from "../core/errors.js";
import type { Logger } from "../core/logger.js";

/**
 * The app's JSON answer for anything that fails before GraphQL runs: never an
 * HTML page. A 4xx from the HTTP layer (bad JSON, too large, unsupported
 * encoding) is the client's to mend and says what was wrong; anything else is
 * ours: logged, and answered 500 without internals.
 */
export function jsonErrors(logger: Logger) {
  return (error: any, _request: Request, response: Response, _next: NextFunction): void => {
    const status = typeof error?.status === "number" ? error.status : typeof error?.statusCode === "number" ? error.statusCode : 500;
    if (status >= 400 && status < 500) {
      const message =
        error?.type === "entity.parse.failed"
          ? "The request body is not valid JSON."
          : error?.type === "entity.too.large"
            ? `The request body is too large (at most ${error.limit ?? "the server's limit"} bytes: HESABGRAPH_MAX_BODY_BYTES).`
            : error?.type === "encoding.unsupported" || error?.type === "charset.unsupported"
              ? `The request body's encoding is not supported (${String(error.message ?? "").slice(0, 100)}).`
              : "The request could not be read.";
      response.status(status).json({ errors: [{ message, extensions: { code: ErrorCode.BAD_REQUEST } }] });
      return;
    }
    logger.error({ err: error }, "unexpected error in the HTTP layer");
    response.status(500).json({ errors: [{ message: "Internal server error", extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } }] });
  };
}

export function notFound(_request: Request, response: Response): void {
  response.status(404).json({ errors: [{ message: "Not found. The graph is served at /graphql.", extensions: { code: ErrorCode.NOT_FOUND } }] });
}
