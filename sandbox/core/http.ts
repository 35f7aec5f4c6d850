import type { IncomingMessage, ServerResponse } from "node:http";
import type { Fault } from "./faults";
import type { RecordedRequest, Reply } from "./types";

/** Reads the whole request and keeps it as tests and the bench read it back. */
export async function readRequest(req: IncomingMessage): Promise<RecordedRequest> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const rawBody = Buffer.concat(chunks).toString("utf8");
  const target = new URL(req.url ?? "/", "http://127.0.0.1");
  const isForm = (req.headers["content-type"] ?? "").startsWith("application/x-www-form-urlencoded");
  return {
    method: req.method ?? "GET",
    path: target.pathname,
    query: target.searchParams,
    headers: req.headers,
    rawBody,
    form: new URLSearchParams(isForm ? rawBody : ""),
    status: 0,
  };
}

export function send(res: ServerResponse, reply: Reply): void {
  const headers: Record<string, string> = { ...(reply.json !== undefined ? { "content-type": "application/json" } : {}), ...reply.headers };
  const body = reply.json === undefined ? (reply.body ?? "") : JSON.stringify(reply.json);
  // A length, as Twilio's answers carry, rather than a chunked body.
  res.writeHead(reply.status, { ...headers, "content-length": String(Buffer.byteLength(body)) });
  res.end(body);
}

/**
 * Spoils an answer as a fault says. Returns false when nothing is sent at all (the connection is
 * reset, or held open until the client gives up).
 */
export function sendSpoiled(req: IncomingMessage, res: ServerResponse, reply: Reply, fault: Fault): number {
  switch (fault.kind) {
    case "reset-before":
    case "reset-after":
      req.socket.destroy();
      return 0;
    case "no-answer":
      return 0;
    case "truncated": {
      const text = JSON.stringify(reply.json ?? {});
      send(res, {
        status: reply.status,
        body: text.slice(0, Math.max(1, Math.floor(text.length / 3))),
        headers: { "content-type": "application/json" },
      });
      return reply.status;
    }
    case "not-json":
      send(res, { status: 200, body: "<html><body><h1>502 Bad Gateway</h1></body></html>", headers: { "content-type": "text/html" } });
      return 200;
    default:
      send(res, reply);
      return reply.status;
  }
}

/** Waits, but stops early when the client gives up or the server stops, so no timer outlives a test. */
export function waitUnlessClosed(ms: number, res: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    res.once("close", () => {
      clearTimeout(timer);
      resolve();
    });
  });
}
