import { renderGraphiQL } from "@graphql-yoga/render-graphiql";
import type { NextFunction, Request, Response } from "express";
import { gzipSync, brotliCompressSync, constants } from "node:zlib";

const DEFAULT_QUERY = `# Welcome to hesabgraph: one graph over Hesabit, Hesabfa and Tahesab.
# Press the ▶ button to run this query.
{
  etikets(codes: ["1", "2", "3"]) {
    code
    name
    weightGrams
    ayar
    inStock
  }
}
`;

export interface GraphiQLPage {
  html: Buffer;
  gzip: Buffer;
  brotli: Buffer;
}

// The default query is anonymous on purpose: GraphiQL keeps the name of the
// operation it last saw for a moment after the text changes, so a named default
// replaced by a user's query and run at once fails with "Cannot infer operation".

let page: GraphiQLPage | undefined;

/**
 * GraphiQL as one self-contained page (scripts, styles and workers inline: no
 * CDN), rendered and compressed once, on first use: the page is ~9 MB raw and
 * well under 3 MB compressed.
 */
export function graphiqlPage(endpoint: string): GraphiQLPage {
  if (!page) {
    const html = Buffer.from(renderGraphiQL({ endpoint, title: "hesabgraph", defaultQuery: DEFAULT_QUERY } as never), "utf8");
    page = {
      html,
      gzip: gzipSync(html, { level: 6 }),
      brotli: brotliCompressSync(html, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } }),
    };
  }
  return page;
}

/** GET /graphql from a browser (no `query` parameter, HTML wanted): the GraphiQL page, compressed as the browser accepts. */
export function graphiqlRoute(request: Request, response: Response, next: NextFunction): void {
  const wantsHtml =
    request.method === "GET" && request.query.query === undefined && request.accepts(["application/json", "text/html"]) === "text/html";
  if (!wantsHtml) return next();
  const page = graphiqlPage("/graphql");
  const encoding = request.acceptsEncodings(["br", "gzip", "identity"]);
  response.set({ "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-cache", Vary: "Accept-Encoding" });
  if (encoding === "br") response.set("Content-Encoding", "br").send(page.brotli);
  else if (encoding === "gzip") response.set("Content-Encoding", "gzip").send(page.gzip);
  else response.send(page.html);
}
