import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import http from "node:http";
import https from "node:https";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const ACCOUNT_SID = `AC${"0123456789abcdef".repeat(2)}`;
/** The Auth Token bench/children/harness.cjs connects with. */
export const AUTH_TOKEN = "f1e2d3c4b5a697887766554433221100";
const MESSAGES_PATH = `/2010-04-01/Accounts/${ACCOUNT_SID}/Messages.json`;

/** A self-signed certificate for 127.0.0.1, made for this run: children trust it through NODE_EXTRA_CA_CERTS. */
export function makeLoopbackCertificate() {
  const dir = mkdtempSync(join(tmpdir(), "twilio-bench-tls-"));
  const keyFile = join(dir, "key.pem");
  const certFile = join(dir, "cert.pem");
  execFileSync(
    "openssl",
    [
      "req",
      "-x509",
      "-newkey",
      "ec",
      "-pkeyopt",
      "ec_paramgen_curve:prime256v1",
      "-nodes",
      "-keyout",
      keyFile,
      "-out",
      certFile,
      "-days",
      "1",
      "-subj",
      "/CN=127.0.0.1",
      "-addext",
      "subjectAltName=IP:127.0.0.1",
    ],
    { stdio: "ignore" },
  );
  return { key: readFileSync(keyFile), cert: readFileSync(certFile), certFile };
}

/** Twilio's message resource as the API returns it, numbered so each is distinct. */
export function messageJson(index, to = "+15558675310") {
  const sid = `SM${index.toString(16).padStart(32, "0")}`;
  const sent = new Date(Date.UTC(2026, 10, 20) - index * 1000).toUTCString().replace("GMT", "+0000");
  return {
    account_sid: ACCOUNT_SID,
    api_version: "2010-04-01",
    body: "Your order #1234 has shipped.",
    date_created: sent,
    date_sent: sent,
    date_updated: sent,
    direction: "outbound-api",
    error_code: null,
    error_message: null,
    from: "+15017122661",
    messaging_service_sid: null,
    num_media: "0",
    num_segments: "1",
    price: null,
    price_unit: "USD",
    sid,
    status: "queued",
    subresource_uris: { media: `/2010-04-01/Accounts/${ACCOUNT_SID}/Messages/${sid}/Media.json` },
    to,
    uri: `/2010-04-01/Accounts/${ACCOUNT_SID}/Messages/${sid}.json`,
  };
}

/**
 * A Twilio Messages API on 127.0.0.1 that is only as big as what is asked of it: list pages are
 * generated from the PageToken offset, so a history of millions costs the server nothing.
 * Options: tls ({ key, cert }), historySize, latencyMs (before every answer), rateLimitEvery
 * (the first attempt to text every Nth recipient is answered 429 with Retry-After: 0).
 */
export async function startFakeTwilio({ tls, historySize = 0, latencyMs = 0, rateLimitEvery = 0 } = {}) {
  const stats = {
    requests: 0,
    creates: 0,
    rateLimited: 0,
    tlsConnections: 0,
    createdPerRecipient: new Map(),
    credentialsPerSocket: new Map(),
  };
  const recipientsSeen = new Map();
  const handler = (req, res) => {
    const chunks = [];
    req.on("data", (chunk) => chunks.push(chunk));
    req.on("end", () => {
      stats.requests++;
      const socketCredentials = stats.credentialsPerSocket.get(req.socket) ?? new Set();
      socketCredentials.add(req.headers.authorization);
      stats.credentialsPerSocket.set(req.socket, socketCredentials);
      const answer = () => route(req, Buffer.concat(chunks).toString(), res);
      if (latencyMs > 0) setTimeout(answer, latencyMs);
      else answer();
    });
  };
  const route = (req, body, res) => {
    const url = new URL(req.url, "http://127.0.0.1");
    if (req.method === "POST" && url.pathname === MESSAGES_PATH) {
      const to = new URLSearchParams(body).get("To");
      const attempts = (recipientsSeen.get(to)?.attempts ?? 0) + 1;
      const order = recipientsSeen.get(to)?.order ?? recipientsSeen.size + 1;
      recipientsSeen.set(to, { attempts, order });
      if (rateLimitEvery > 0 && attempts === 1 && order % rateLimitEvery === 0) {
        stats.rateLimited++;
        return send(
          res,
          429,
          { code: 20429, message: "Too Many Requests", more_info: "https://www.twilio.com/docs/errors/20429", status: 429 },
          { "retry-after": "0" },
        );
      }
      stats.creates++;
      stats.createdPerRecipient.set(to, (stats.createdPerRecipient.get(to) ?? 0) + 1);
      return send(res, 201, messageJson(stats.creates, to));
    }
    if (req.method === "GET" && url.pathname === MESSAGES_PATH) return send(res, 200, listPage(url, historySize));
    send(res, 404, { code: 20404, message: "The requested resource was not found", status: 404 });
  };
  const server = tls ? https.createServer({ key: tls.key, cert: tls.cert }, handler) : http.createServer(handler);
  server.on("secureConnection", () => stats.tlsConnections++);
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address();
  return {
    url: `${tls ? "https" : "http"}://127.0.0.1:${port}`,
    stats,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(resolve);
      }),
  };
}

function listPage(url, historySize) {
  const pageSize = Math.min(Number(url.searchParams.get("PageSize") ?? 50), 1000);
  const offset = Number(url.searchParams.get("PageToken") ?? 0);
  const end = Math.min(offset + pageSize, historySize);
  const messages = [];
  for (let index = offset; index < end; index++) messages.push(messageJson(index + 1));
  const pageUri = (token) => `${MESSAGES_PATH}?PageSize=${pageSize}&Page=${Math.floor(token / pageSize)}&PageToken=${token}`;
  return {
    messages,
    end: end - 1,
    first_page_uri: `${MESSAGES_PATH}?PageSize=${pageSize}&Page=0`,
    next_page_uri: end < historySize ? pageUri(end) : null,
    page: Math.floor(offset / pageSize),
    page_size: pageSize,
    previous_page_uri: null,
    start: offset,
    uri: pageUri(offset),
  };
}

function send(res, status, body, headers = {}) {
  const text = JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(text), ...headers });
  res.end(text);
}
