import { MAX_RAW_RETRY_DELAY_MS, type RawRetries, rawRetryRules } from "../../../src/client/raw/rawRequest";
import type { Answer } from "../../../src/client/transport/httpClient";
import { MAX_RETRY_DELAY_MS } from "../../../src/client/transport/retryPolicy";

const retries = (overrides: Partial<RawRetries> = {}): RawRetries => ({
  maxRetries: 3,
  delayMs: 0,
  exponential: false,
  afterAnyFailure: false,
  ...overrides,
});
const answer = (statusCode: number, headers: Record<string, unknown> = {}): Answer<unknown> => ({ statusCode, body: {}, headers });
const networkError = (code: string) => Object.assign(new Error(code), { code });

describe("rawRetryRules", () => {
  it.each(["POST", "PUT", "PATCH", "DELETE"])("never retries a %s that may have reached Twilio, even after any failure", (method) => {
    const rules = rawRetryRules(method, retries({ afterAnyFailure: true }));
    expect(rules.retriesAnswer(answer(500))).toBe(false);
    expect(rules.retriesAnswer(answer(503))).toBe(false);
    expect(rules.retriesAnswer(answer(400))).toBe(false);
    expect(rules.retriesFailure(networkError("ECONNRESET"))).toBe(false);
    expect(rules.retriesFailure(networkError("ECONNABORTED"))).toBe(false);
  });

  it.each(["POST", "DELETE"])("retries a %s Twilio never acted on: a 429 or a refused connection", (method) => {
    const rules = rawRetryRules(method, retries());
    expect(rules.retriesAnswer(answer(429))).toBe(true);
    expect(rules.retriesFailure(networkError("ECONNREFUSED"))).toBe(true);
  });

  it("retries a GET as the client does, and after a 4xx only with Retry On All Errors", () => {
    const rules = rawRetryRules("GET", retries());
    expect([429, 500, 502, 503, 504].map((status) => rules.retriesAnswer(answer(status)))).toEqual([true, true, true, true, true]);
    expect(rules.retriesFailure(networkError("ECONNRESET"))).toBe(true);
    expect(rules.retriesAnswer(answer(404))).toBe(false);
    expect(rawRetryRules("GET", retries({ afterAnyFailure: true })).retriesAnswer(answer(404))).toBe(true);
  });

  it("waits as the client does with no delay set: Twilio's Retry-After, capped", () => {
    const rules = rawRetryRules("GET", retries());
    expect(rules.delayMs(0, answer(429, { "retry-after": "2" }))).toBe(2000);
    expect(rules.delayMs(0, answer(429, { "retry-after": "3600" }))).toBe(MAX_RETRY_DELAY_MS);
    expect(rules.delayMs(5)).toBeLessThanOrEqual(MAX_RETRY_DELAY_MS);
  });

  it("waits the builder's delay, doubled with exponential backoff up to its cap, never less than Retry-After", () => {
    expect(rawRetryRules("GET", retries({ delayMs: 300 })).delayMs(2)).toBe(300);
    const doubling = rawRetryRules("GET", retries({ delayMs: 300, exponential: true }));
    expect([0, 1, 2].map((attempt) => doubling.delayMs(attempt))).toEqual([300, 600, 1200]);
    expect(doubling.delayMs(12)).toBe(MAX_RAW_RETRY_DELAY_MS);
    expect(rawRetryRules("GET", retries({ delayMs: 300 })).delayMs(0, answer(429, { "retry-after": "2" }))).toBe(2000);
  });
});
