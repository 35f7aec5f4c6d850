import http from "node:http";
import { ACCOUNT_SID } from "./fakeTwilio.mjs";

const MESSAGES_PATH = `/2010-04-01/Accounts/${ACCOUNT_SID}/Messages`;
const rfc2822 = (date) => date.toUTCString().replace("GMT", "+0000");

/** A small deterministic generator, so two runs of the soak inject the same faults. */
function seeded(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A Twilio message log on 127.0.0.1 that records every message it creates and then, for a share
 * of the creates, loses the answer: the connection is reset, the answer never comes (the client
 * times out), or a 500 comes instead. Another share is refused with a 429 before anything is
 * created. Lists (To/From, newest first) and fetches answer from what was recorded.
 */
export async function startFaultyTwilio({ latencyMs = 20, faultRate = 0.1, rateLimitRate = 0.1, seed = 42 } = {}) {
  const random = seeded(seed);
  const log = [];
  const stats = { requests: 0, creates: 0, resets: 0, timeouts: 0, serverErrors: 0, rateLimited: 0, createdPerRecipient: new Map() };
  const hanging = new Set();
  const server = http.createServer((req, res) => {
    const chunks = [];
    req.on("data", (chunk) => chunks.push(chunk));
    req.on("end", () => setTimeout(() => route(req, Buffer.concat(chunks).toString(), res), latencyMs));
  });
  const route = (req, body, res) => {
    stats.requests++;
    const url = new URL(req.url, "http://127.0.0.1");
    if (req.method === "POST" && url.pathname === `${MESSAGES_PATH}.json`) {
      if (random() < rateLimitRate) {
        stats.rateLimited++;
        return send(res, 429, { code: 20429, message: "Too Many Requests", status: 429 }, { "retry-after": "0" });
      }
      const form = new URLSearchParams(body);
      const message = {
        sid: `SM${String(log.length + 1).padStart(32, "0")}`,
        account_sid: ACCOUNT_SID,
        to: form.get("To"),
        from: form.get("From"),
        body: form.get("Body") ?? "",
        messaging_service_sid: form.get("MessagingServiceSid"),
        direction: "outbound-api",
        status: "queued",
        date_created: rfc2822(new Date()),
        date_sent: null,
      };
      log.push(message);
      stats.creates++;
      stats.createdPerRecipient.set(message.to, (stats.createdPerRecipient.get(message.to) ?? 0) + 1);
      const roll = random();
      if (roll < faultRate / 3) {
        stats.resets++;
        return req.socket.destroy();
      }
      if (roll < (2 * faultRate) / 3) {
        stats.timeouts++;
        hanging.add(res);
        return;
      }
      if (roll < faultRate) {
        stats.serverErrors++;
        return send(res, 500, { code: 20500, message: "Internal Server Error", status: 500 });
      }
      return send(res, 201, message);
    }
    if (req.method === "GET" && url.pathname === `${MESSAGES_PATH}.json`) {
      const to = url.searchParams.get("To");
      const from = url.searchParams.get("From");
      const pageSize = Number(url.searchParams.get("PageSize") ?? 50);
      const matching = log.filter((message) => (!to || message.to === to) && (!from || message.from === from)).reverse();
      return send(res, 200, {
        messages: matching.slice(0, pageSize),
        next_page_uri: null,
        page: 0,
        page_size: pageSize,
        uri: url.pathname,
      });
    }
    const fetched = log.find((message) => url.pathname === `${MESSAGES_PATH}/${message.sid}.json`);
    if (fetched) return send(res, 200, fetched);
    send(res, 404, { code: 20404, message: "The requested resource was not found", status: 404 });
  };
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    stats,
    close: () =>
      new Promise((resolve) => {
        for (const res of hanging) res.destroy();
        server.closeAllConnections();
        server.close(resolve);
      }),
  };
}

function send(res, status, body, headers = {}) {
  const text = JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(text), ...headers });
  res.end(text);
}
