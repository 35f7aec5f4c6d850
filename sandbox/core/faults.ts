/**
 * Faults on demand: what goes wrong with a request, chosen per route and rate. "Before" faults
 * happen before the sandbox does the work (nothing is created); "after" faults spoil the answer
 * of work that was done, the case where a client cannot know whether it reached Twilio.
 * "bad-gateway" is the HTML 502 page Twilio's edge answers when it cannot reach the API behind it.
 * "refused" is a plain 400 refusal (21211 Invalid 'To' Phone Number unless the rule names a code);
 * "429" is Twilio's 20429 Too Many Requests unless the rule names a product's own limit (Verify's
 * 60203 Max send attempts reached, 60212 Too many concurrent requests for phone number).
 */
export const FAULT_KINDS = [
  "refused",
  "reset-before",
  "500-before",
  "bad-gateway",
  "429",
  "reset-after",
  "500-after",
  "no-answer",
  "truncated",
  "not-json",
] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

export const isAfterWork = (kind: FaultKind) => !["refused", "reset-before", "500-before", "bad-gateway", "429"].includes(kind);

export interface FaultRule {
  kind: FaultKind;
  /** Only requests with this method (any when absent). */
  method?: string;
  /** A regular expression the request path (with its host prefix) must match (any when absent). */
  path?: string;
  /** The share of matching requests that get the fault, 0..1 (default 1). */
  rate?: number;
  /** How many times the rule fires before it is spent (unlimited when absent). */
  times?: number;
  /** Seconds in Retry-After for a 429 (default 0). */
  retryAfter?: number;
  /** Twilio error code of a "refused" (default 21211) or "429" (default 20429) answer. */
  code?: number;
}

/** Chooses per request; a test may also pass a function that sees each request in turn (a kind, or a refusal with its code). */
export type FaultChooser = (request: {
  method: string;
  path: string;
  query: URLSearchParams;
  form: URLSearchParams;
}) => FaultKind | { kind: FaultKind; code?: number; retryAfter?: number } | undefined;

/** A small seeded generator, so a rate over a run picks the same requests each time. */
function seeded(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 0x1_0000_0000;
  };
}

export interface Fault {
  kind: FaultKind;
  retryAfter: number;
  /** The rule's Twilio error code, when it names one. */
  code?: number;
}

export interface Faults {
  choose(request: Parameters<FaultChooser>[0]): Fault | undefined;
  set(rules: FaultRule[], seed?: number): void;
  /** A function that decides instead of the rules (tests in the same process). */
  use(chooser: FaultChooser | undefined): void;
  rules(): FaultRule[];
}

export function createFaults(): Faults {
  let rules: Array<FaultRule & { fired: number }> = [];
  let random = seeded(1);
  let chooser: FaultChooser | undefined;
  return {
    choose(request) {
      if (chooser) {
        const chosen = chooser(request);
        const fault = typeof chosen === "string" ? { kind: chosen } : chosen;
        return fault && { kind: fault.kind, retryAfter: fault.retryAfter ?? 0, code: fault.code };
      }
      for (const rule of rules) {
        if (rule.method && rule.method.toUpperCase() !== request.method) continue;
        if (rule.path && !new RegExp(rule.path).test(request.path)) continue;
        if (rule.times !== undefined && rule.fired >= rule.times) continue;
        if (random() >= (rule.rate ?? 1)) continue;
        rule.fired += 1;
        return { kind: rule.kind, retryAfter: rule.retryAfter ?? 0, code: rule.code };
      }
      return undefined;
    },
    set(next, seed = 1) {
      for (const rule of next)
        if (!FAULT_KINDS.includes(rule.kind)) throw new Error(`unknown fault "${rule.kind}": one of ${FAULT_KINDS.join(", ")}`);
      rules = next.map((rule) => ({ ...rule, fired: 0 }));
      random = seeded(seed);
    },
    use(next) {
      chooser = next;
    },
    rules: () => rules.map(({ fired: _fired, ...rule }) => rule),
  };
}
