/**
 * The transports and REST clients an integration service shares between the contexts it creates:
 * one transport (one keep-alive socket pool) per partner server and user id, one `OmasRestClient`
 * per transport and operation table. Internal to the kit.
 */
import { createHash } from 'node:crypto';
import type { PartnerServerOptions } from '@egeria-ts/core';
import type { ServiceDefinition } from '../operations/operation-definition';
import { OmasRestClient } from '../operations/omas-rest-client';
import type { OmasAuthOptions } from '../transport/auth';
import { OmasTransport, type OmasTransportOptions } from '../transport/omas-transport';

interface TransportEntry {
  readonly transport: OmasTransport;
  readonly clients: Map<string, OmasRestClient>;
}

const functionIds = new WeakMap<object, number>();
let nextFunctionId = 1;

function functionId(fn: object): number {
  let id = functionIds.get(fn);
  if (id === undefined) {
    id = nextFunctionId++;
    functionIds.set(fn, id);
  }
  return id;
}

/** A one-way digest, so that secrets can tell transports apart without being kept in a key. */
function digest(value: string | undefined): string | undefined {
  return value === undefined ? undefined : createHash('sha256').update(value).digest('base64');
}

/** What tells two partner settings apart (secrets only as digests). */
function partnerKey(partner: PartnerServerOptions, userId: string): string {
  const token = partner.bearerToken;
  return JSON.stringify([
    partner.platformRootURL,
    partner.serverName,
    userId,
    partner.localServerUserId,
    digest(partner.localServerPassword),
    typeof token === 'function' ? `fn:${functionId(token)}` : digest(token),
    partner.tls?.ca,
    partner.tls?.cert,
    digest(partner.tls?.key),
    partner.tls?.rejectUnauthorized,
    partner.requestTimeoutMs,
  ]);
}

/**
 * The authentication a partner's settings ask for: a bearer token when one is given, else Basic
 * with the daemon's user id and password when a password is given, else none.
 */
export function partnerAuth(partner: PartnerServerOptions): OmasAuthOptions | undefined {
  const token = partner.bearerToken;
  if (typeof token === 'function') return { type: 'bearer', token: () => token() };
  if (typeof token === 'string') return { type: 'bearer', token };
  if (partner.localServerPassword !== undefined && partner.localServerUserId !== undefined) {
    return { type: 'basic', username: partner.localServerUserId, password: partner.localServerPassword };
  }
  return undefined;
}

/** The transport options for calls to a partner server as `userId`. */
export function transportOptions(partner: PartnerServerOptions, userId: string): OmasTransportOptions {
  const tls = partner.tls;
  return {
    platformURLRoot: partner.platformRootURL,
    serverName: partner.serverName,
    userId,
    auth: partnerAuth(partner),
    tls:
      tls === undefined
        ? undefined
        : { ca: tls.ca, cert: tls.cert, key: tls.key, rejectUnauthorized: tls.rejectUnauthorized },
    timeoutMs: partner.requestTimeoutMs,
  };
}

function serviceKey(service: ServiceDefinition, serviceURLMarker: string | undefined): string {
  const root = service.root;
  return root.kind === 'access-service' ? `a:${root.marker}` : `f:${root.service}:${serviceURLMarker ?? ''}`;
}

/** Shares transports and REST clients between the contexts of one integration service. */
export class PartnerConnections {
  readonly #entries = new Map<string, TransportEntry>();
  readonly #partners = new Set<string>();

  /**
   * True the first time a partner server (platform and server name) is seen, so that the service
   * can log that it starts working with it.
   */
  firstUse(partner: PartnerServerOptions): boolean {
    const key = JSON.stringify([partner.platformRootURL, partner.serverName]);
    if (this.#partners.has(key)) return false;
    this.#partners.add(key);
    return true;
  }

  /** The shared transport for calls to a partner server as `userId` (created on first use). */
  transport(partner: PartnerServerOptions, userId: string): OmasTransport {
    return this.#entry(partner, userId).transport;
  }

  /**
   * The shared REST client that sends a table's operations to a partner server as `userId`.
   * @param serviceURLMarker - for a framework service, the partner access service's URL marker
   */
  invoker(
    partner: PartnerServerOptions,
    userId: string,
    service: ServiceDefinition,
    serviceURLMarker?: string,
  ): OmasRestClient {
    const entry = this.#entry(partner, userId);
    const key = serviceKey(service, serviceURLMarker);
    let client = entry.clients.get(key);
    if (client === undefined) {
      client = new OmasRestClient({ service, transport: entry.transport, serviceURLMarker });
      entry.clients.set(key, client);
    }
    // Tables with the same root share one client: the root decides the path prefix, each row the rest.
    return client;
  }

  /** Closes every transport; later calls open new ones. */
  async close(): Promise<void> {
    const entries = [...this.#entries.values()];
    this.#entries.clear();
    this.#partners.clear();
    await Promise.all(entries.map((e) => e.transport.close()));
  }

  #entry(partner: PartnerServerOptions, userId: string): TransportEntry {
    const key = partnerKey(partner, userId);
    let entry = this.#entries.get(key);
    if (entry === undefined || entry.transport.closed) {
      entry = { transport: new OmasTransport(transportOptions(partner, userId)), clients: new Map() };
      this.#entries.set(key, entry);
    }
    return entry;
  }
}
