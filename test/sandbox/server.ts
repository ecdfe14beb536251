/**
 * The local vendor sandbox: one server that answers for every vendor's API and for our
 * saved ATS pages. Two ways in:
 * - by host name (HTTPS, self-signed): the browser maps `talentscreens.org`,
 *   `app.greenhouse.io`, … to 127.0.0.1, so the production build runs unchanged;
 * - by path prefix (`/talentscreen/api/v1/…`), for clients tested over plain HTTP.
 * Tests can inject faults per vendor and read the request log.
 */
import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { generate } from 'selfsigned';
import { ATS_HOSTNAMES, atsPage } from './ats-pages';
import { hiringbranchSite } from './hiringbranch';
import { hrflowSite } from './hrflow';
import type { Generation, SandboxRequest, SandboxResponse, VendorSite } from './http';
import { novaSite } from './nova';
import { praxicraftSite } from './praxicraft';
import { talentscreenSite } from './talentscreen';

export const VENDOR_SITES = {
  hiringbranch: hiringbranchSite,
  talentscreen: talentscreenSite,
  praxicraft: praxicraftSite,
  hrflow: hrflowSite,
  nova: novaSite,
} satisfies Record<string, VendorSite>;

export type SandboxVendor = keyof typeof VENDOR_SITES;
export const SANDBOX_VENDORS = Object.keys(VENDOR_SITES) as SandboxVendor[];

/** Every host name the sandbox answers for: map these to 127.0.0.1 in the browser. */
export const SANDBOX_HOSTNAMES = [...Object.values(VENDOR_SITES).flatMap((s) => s.hosts), ...ATS_HOSTNAMES];

/** What a test can make a vendor do instead of answering normally. */
export interface VendorFault {
  /** Delay before answering, in ms. */
  latencyMs?: number;
  /** Answer with this status and the vendor's error envelope (or `body`). */
  status?: number;
  retryAfter?: string;
  /** Sent as is, e.g. malformed JSON. */
  body?: string;
  /** Rewrites the normal JSON answer: drop a required field, blow a page up to thousands of rows. */
  transform?: (body: unknown) => unknown;
  /** How many requests the fault applies to; unlimited when absent. */
  times?: number;
  /** Never answer: the request waits for its headers until the client gives up (or the sandbox closes). */
  stallBeforeHeaders?: boolean;
  /** Answer 200 with the start of a JSON body, then send nothing more (the connection stays open). */
  stallBody?: boolean;
  /** Answer 200 with a JSON body this many bytes long, streamed without a Content-Length. */
  oversizedBytes?: number;
  /** Answer 302 to this origin (same path and query): a client must not follow it with its key. */
  redirectTo?: string;
}

export interface LoggedRequest {
  vendor: SandboxVendor;
  /** The host name the request was sent to (a vendor may answer on more than one). */
  host: string;
  method: string;
  path: string;
  query: string;
  /** The status the sandbox answered with (set once it answers). */
  status?: number;
  /** When it arrived (epoch ms, by Date.now: a bench's simulated clock shows here too). */
  at: number;
}

export interface Sandbox {
  /** `https://127.0.0.1:PORT` or `http://127.0.0.1:PORT`. */
  origin: string;
  port: number;
  /** The base URL of a vendor's API over the path-prefix route. */
  baseUrl(vendor: SandboxVendor): string;
  setFault(vendor: SandboxVendor, fault: VendorFault | undefined): void;
  /** Answer as the older or the newer generation of the vendor's docs (default: new). */
  setGeneration(vendor: SandboxVendor, generation: Generation): void;
  requests: LoggedRequest[];
  close(): Promise<void>;
}

export interface SandboxOptions {
  port?: number;
  host?: string;
  /** Serve HTTPS with a self-signed certificate for every sandbox host name. */
  tls?: boolean;
}

function send(res: ServerResponse, answer: SandboxResponse): void {
  const body = answer.rawBody ?? (answer.body === undefined ? '' : JSON.stringify(answer.body));
  res.writeHead(answer.status, {
    'content-type': answer.rawBody === undefined ? 'application/json' : 'text/plain',
    'cache-control': 'no-store',
    ...answer.headers,
  });
  res.end(body);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A valid JSON array of strings, `bytes` long, in 64 KB chunks; stops when the client goes away. */
function streamOversized(res: ServerResponse, bytes: number): void {
  res.writeHead(200, { 'content-type': 'application/json' });
  const row = `"${'x'.repeat(1022)}",`;
  const chunk = row.repeat(64);
  let sent = 0;
  res.write('{"data":[');
  const pump = () => {
    while (sent < bytes && !res.destroyed) {
      sent += chunk.length;
      if (!res.write(chunk)) return void res.once('drain', pump);
    }
    if (!res.destroyed) res.end('"end"]}');
  };
  res.on('close', () => (sent = bytes));
  pump();
}

export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const faults = new Map<SandboxVendor, VendorFault>();
  const generations = new Map<SandboxVendor, Generation>();
  const requests: LoggedRequest[] = [];

  function route(host: string, url: URL): { vendor: SandboxVendor; path: string } | undefined {
    for (const [vendor, site] of Object.entries(VENDOR_SITES) as [SandboxVendor, VendorSite][]) {
      if (site.hosts.includes(host)) return { vendor, path: url.pathname };
      if (url.pathname.startsWith(`/${vendor}/`)) return { vendor, path: url.pathname.slice(vendor.length + 1) };
    }
    return undefined;
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const url = new URL(req.url ?? '/', 'http://sandbox');
    const scheme = 'encrypted' in req.socket ? 'https' : 'http';
    const base: Omit<SandboxRequest, 'path' | 'generation'> = {
      method: req.method ?? 'GET',
      query: url.searchParams,
      headers: req.headers,
      origin: `${scheme}://${req.headers.host ?? 'localhost'}`,
    };
    const target = route(host, url);
    if (!target) {
      send(res, atsPage(host, url.pathname) ?? { status: 404, body: { error: 'unknown sandbox route' } });
      return;
    }
    const logged: LoggedRequest = {
      vendor: target.vendor,
      host,
      method: base.method,
      path: target.path,
      query: url.search,
      at: Date.now(),
    };
    requests.push(logged);
    res.once('finish', () => (logged.status = res.statusCode));
    const site: VendorSite = VENDOR_SITES[target.vendor];
    const fault = faults.get(target.vendor);
    if (fault) {
      if (fault.times !== undefined && --fault.times <= 0) faults.delete(target.vendor);
      if (fault.latencyMs) await sleep(fault.latencyMs);
      if (fault.stallBeforeHeaders) return;
      if (fault.stallBody) {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.write('{"data": [');
        return;
      }
      if (fault.oversizedBytes !== undefined) {
        streamOversized(res, fault.oversizedBytes);
        return;
      }
      if (fault.redirectTo !== undefined) {
        res.writeHead(302, { location: `${fault.redirectTo}${url.pathname}${url.search}`, 'content-length': '0' });
        res.end();
        return;
      }
      if (fault.body !== undefined || fault.status !== undefined) {
        const headers: Record<string, string> = fault.retryAfter ? { 'retry-after': fault.retryAfter } : {};
        const status = fault.status ?? 200;
        send(res, {
          status,
          rawBody: fault.body ?? JSON.stringify(site.errorBody(status, `Injected ${status}`)),
          headers: { 'content-type': 'application/json', ...headers },
        });
        return;
      }
    }
    const answer = site.handler({ ...base, path: target.path, generation: generations.get(target.vendor) ?? 'new' });
    send(res, fault?.transform && answer.body !== undefined ? { ...answer, body: fault.transform(structuredClone(answer.body)) } : answer);
  }

  const listener = (req: IncomingMessage, res: ServerResponse) => {
    handle(req, res).catch((error: unknown) => send(res, { status: 500, body: { error: String(error) } }));
  };
  let server: Server;
  if (options.tls) {
    const names = [...SANDBOX_HOSTNAMES, 'localhost'];
    const pems = await generate([{ name: 'commonName', value: 'Scorelens sandbox' }], {
      keySize: 2048,
      extensions: [
        {
          name: 'subjectAltName',
          altNames: [...names.map((value) => ({ type: 2 as const, value })), { type: 7 as const, ip: '127.0.0.1' }],
        },
      ],
    });
    server = createHttpsServer({ key: pems.private, cert: pems.cert }, listener);
  } else {
    server = createHttpServer(listener);
  }
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const origin = `${options.tls ? 'https' : 'http'}://${host}:${port}`;
  return {
    origin,
    port,
    baseUrl: (vendor) => `${origin}/${vendor}${VENDOR_SITES[vendor].basePath}`,
    setFault: (vendor, fault) => (fault ? faults.set(vendor, { ...fault }) : faults.delete(vendor)),
    setGeneration: (vendor, generation) => generations.set(vendor, generation),
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
