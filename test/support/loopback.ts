import { createServer, type IncomingHttpHeaders, type RequestListener, type ServerResponse } from "node:http";
import { createServer as createTlsServer } from "node:https";
import type { AddressInfo } from "node:net";
import { readRequest } from "../../sandbox/core/http";

/** A request as the loopback server received it. */
export interface RecordedRequest {
  method: string;
  /** Pathname only; the query string is in `query`. */
  path: string;
  query: URLSearchParams;
  /** Node's lower-cased header map. */
  headers: IncomingHttpHeaders;
  rawBody: string;
  /** Parsed body when it was sent as application/x-www-form-urlencoded, otherwise empty. */
  form: URLSearchParams;
}

/** The handler sees exactly what is recorded in `requests`. */
export type IncomingRequest = RecordedRequest;

export type LoopbackReply =
  | {
      status: number;
      /** Serialized as the body, with content-type application/json unless `headers` says otherwise. */
      json?: unknown;
      /** A Buffer is sent as it is: binary files such as recordings and media. */
      body?: string | Buffer;
      headers?: Record<string, string>;
      delayMs?: number;
    }
  /** Drops the connection without answering, as a network failure would. */
  | { destroySocket: true; delayMs?: number };

export type LoopbackHandler = (req: IncomingRequest) => LoopbackReply | Promise<LoopbackReply>;

export interface LoopbackServer {
  /** Base URL without trailing slash, e.g. http://127.0.0.1:41234 */
  url: string;
  requests: RecordedRequest[];
  /** Connections clients opened to it (TLS handshakes when it serves https). */
  readonly connections: number;
  close(): Promise<void>;
}

/** Twilio's JSON error body, e.g. for 21211 "Invalid 'To' Phone Number". */
export interface TwilioErrorBody {
  code: number;
  message: string;
  more_info: string;
  status: number;
}

export function twilioErrorBody(code: number, message: string, status: number): TwilioErrorBody {
  return { code, message, more_info: `https://www.twilio.com/docs/errors/${code}`, status };
}

/**
 * An HTTP server on 127.0.0.1 that records every request and answers with whatever `handler` returns;
 * an https one with `tls` (test/support/tls.ts).
 */
export async function startLoopbackServer(handler: LoopbackHandler, tls?: { key: string; cert: string }): Promise<LoopbackServer> {
  const requests: RecordedRequest[] = [];

  const listener: RequestListener = async (req, res) => {
    try {
      const recorded = await readRequest(req);
      requests.push(recorded);
      const reply = await handler(recorded);
      if (reply.delayMs) await waitUnlessClosed(reply.delayMs, res);
      if ("destroySocket" in reply) {
        req.socket.destroy();
        return;
      }
      if (reply.json !== undefined) res.setHeader("content-type", "application/json");
      // setHeader is case-insensitive, so a caller's Content-Type replaces the default above.
      for (const [name, value] of Object.entries(reply.headers ?? {})) res.setHeader(name, value);
      res.writeHead(reply.status);
      res.end(reply.json === undefined ? (reply.body ?? "") : JSON.stringify(reply.json));
    } catch (error) {
      // Answering 500 keeps a throwing test handler from leaving the client hanging.
      res.writeHead(500, { "content-type": "text/plain" });
      res.end(`loopback server failed: ${(error as Error).message}`);
    }
  };
  const server = tls ? createTlsServer(tls, listener) : createServer(listener);
  let connections = 0;
  server.on(tls ? "secureConnection" : "connection", () => connections++);

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `${tls ? "https" : "http"}://127.0.0.1:${port}`,
    requests,
    get connections() {
      return connections;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        // Also ends keep-alive and delayed connections, which would otherwise hold close() open.
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/** Stops waiting early when the client gives up or close() runs, so no timer outlives the test. */
function waitUnlessClosed(ms: number, res: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    res.once("close", () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/** Twilio's dates as its 2010 API writes them in JSON (RFC 2822, "+0000"). */
export function rfc2822(date: Date | number | string = new Date()): string {
  return new Date(date).toUTCString().replace("GMT", "+0000");
}

let createdMessageCount = 0;

/** Twilio's answer to a message create: the fields it echoes from the form, and a fresh SID each time. */
export function createdMessageBody(form: URLSearchParams) {
  createdMessageCount += 1;
  return {
    sid: `SM${String(createdMessageCount).padStart(32, "0")}`,
    to: form.get("To"),
    from: form.get("From"),
    body: form.get("Body"),
    status: "queued",
    direction: "outbound-api",
    date_created: rfc2822(),
  };
}
