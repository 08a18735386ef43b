import type { Request, Response, Router } from "express";
import type { Env } from "./env.js";
import type { VendorName } from "./errors.js";
import type { VendorCallObserver } from "./http/transport.js";
import type { Logger } from "./logger.js";
import type { StateStore } from "./store/state-store.js";
import type { IdempotencyJournal } from "./store/journal.js";

/** What every vendor connection offers the server, whatever its protocol. */
export interface VendorDatasource {
  /** Readiness (/readyz): resolves when the vendor answers an authenticated, harmless call. */
  ping(): Promise<void>;
  /** Frees connections; the datasource is not used afterwards. */
  close(): Promise<void> | void;
}

/** The shared services a vendor connection is built with. */
export interface VendorDeps {
  logger: Logger;
  /** The idempotency journal; keys are scoped per vendor and tenant by the datasource. */
  journal: IdempotencyJournal;
  /** Small shared state: tokens, cursors, counters, locks. */
  store: StateStore;
  /** The tenant this connection belongs to: part of every key it keeps in shared state. */
  tenantId: string;
  observer?: VendorCallObserver;
}

/** One vendor's datasource and this request's loaders for it. */
export interface VendorHandle<D, L> {
  datasource: D;
  loaders: L;
}

/** Finds an object again from the native id inside its global id; null when gone. */
export type NodeFetcher<D, L> = (vendor: VendorHandle<D, L>, nativeId: string) => Promise<object | null>;

/** Resolves a federation entity reference (`_entities`) of one type; null when unknown. */
export type ReferenceResolver<D, L> = (vendor: VendorHandle<D, L>, reference: Record<string, unknown>) => Promise<object | null> | object | null;

/**
 * A vendor, as the server sees it. Registered once in src/vendors.ts; the
 * context, `node()`, federation references and /readyz are written against
 * this, never against one vendor by name.
 */
export interface VendorModule<C = any, D extends VendorDatasource = any, L = any> {
  readonly name: VendorName;
  /** The vendor's name for people, e.g. "Tahesab". */
  readonly label: string;
  /** The variables that configure it, for the VENDOR_NOT_CONFIGURED message. */
  readonly configuredBy: string;
  /** Its settings from the environment (or a tenant's entry); undefined when not configured. */
  readConfig(env: Env): C | undefined;
  /**
   * Refuses (ConfigError) settings that each tenant's entry allows but the
   * tenants together do not, e.g. one webhook secret given to two tenants.
   */
  checkTenants?(configs: Array<[tenantId: string, config: C]>): void;
  create(config: C, deps: VendorDeps): D;
  /** Per request: DataLoader caches must never outlive the operation that filled them. */
  createLoaders(datasource: D): L;
  /** `node(id:)` fetchers by GraphQL type name. */
  readonly nodes?: Record<string, NodeFetcher<D, L>>;
  /** Federation reference resolvers by GraphQL entity type name. */
  readonly references?: Record<string, ReferenceResolver<D, L>>;
  /** The vendor's own HTTP endpoints, if its protocol needs any. */
  readonly routes?: VendorRoutes<D>;
}

/**
 * HTTP endpoints a vendor's protocol needs the server to serve (an OAuth
 * callback, a webhook receiver), mounted by the server on `router`. Paths
 * start with `/auth/<vendor>/` or `/hooks/<vendor>/`. `tenants` finds the
 * tenants' connections to the vendor, and who is asking.
 */
export type VendorRoutes<D> = (router: Router, tenants: VendorTenants<D>) => void;

export interface VendorTenants<D> {
  /** A tenant's connection to the vendor (undefined when that tenant has none). */
  get(tenantId: string): D | undefined;
  /** Every tenant's connection to the vendor, with the tenant's id. */
  all(): Array<[tenantId: string, datasource: D]>;
  /**
   * The tenant of the person at a browser, for pages that act for a tenant (a
   * login): the server's only tenant when it has no API keys; else the tenant
   * of the read-write API key given as the password of HTTP Basic
   * authentication (the browser asks for it) or as a Bearer token. Undefined
   * when the request names none: a 401 asking for the key is already sent.
   */
  signedIn(request: Request, response: Response): string | undefined;
}

/** Type helper: a module with its types kept. */
export function defineVendor<C, D extends VendorDatasource, L>(module: VendorModule<C, D, L>): VendorModule<C, D, L> {
  return module;
}
