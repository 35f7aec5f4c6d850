import type { Callbacks } from "./callbacks";
import type { Clock } from "./clock";
import type { FaultRule, Faults } from "./faults";
import type { Account, ControlRoute, RecordedRequest } from "./types";

export interface ControlDependencies {
  clock: Clock;
  callbacks: Callbacks;
  faults: Faults;
  requests: RecordedRequest[];
  reset(): void;
  addAccount(account: Account): void;
}

/**
 * The sandbox's own control endpoints under /__sandbox/ (products add theirs): reset, the clock,
 * faults, and what was received and called back, for tests and the bench to read.
 */
export function sandboxControls({ clock, callbacks, faults, requests, reset, addAccount }: ControlDependencies): ControlRoute[] {
  return [
    {
      method: "POST",
      path: "reset",
      handle: () => {
        reset();
        return { reset: true };
      },
    },
    { method: "GET", path: "clock", handle: () => ({ now: new Date(clock.now()).toISOString() }) },
    {
      method: "POST",
      path: "clock/advance",
      handle: async (body) => {
        await clock.advance(Number(body.seconds ?? 0) * 1000 + Number(body.ms ?? 0));
        await callbacks.idle();
        return { now: new Date(clock.now()).toISOString() };
      },
    },
    { method: "GET", path: "faults", handle: () => ({ rules: faults.rules() }) },
    {
      method: "POST",
      path: "faults",
      handle: (body) => {
        faults.set((body.rules ?? [body]) as FaultRule[], Number(body.seed ?? 1));
        return { rules: faults.rules() };
      },
    },
    {
      method: "DELETE",
      path: "faults",
      handle: () => {
        faults.set([]);
        return { rules: [] };
      },
    },
    {
      method: "GET",
      path: "requests",
      handle: (_body, query) => {
        const method = query.get("method");
        const path = query.get("path") ? new RegExp(query.get("path") as string) : undefined;
        return {
          requests: requests
            .filter((request) => (!method || request.method === method.toUpperCase()) && (!path || path.test(request.path)))
            .map(({ method, path, query, rawBody, form, status }) => ({
              method,
              path,
              query: Object.fromEntries(query),
              form: Object.fromEntries(form),
              rawBody,
              status,
            })),
        };
      },
    },
    {
      method: "GET",
      path: "callbacks",
      handle: async () => {
        await callbacks.idle();
        return { callbacks: callbacks.deliveries };
      },
    },
    {
      method: "POST",
      path: "accounts",
      handle: (body) => {
        const account = {
          sid: String(body.sid),
          authToken: String(body.authToken),
          apiKeys: (body.apiKeys ?? {}) as Record<string, string>,
          test: body.test === true || body.test === "true",
          trial: body.type === "Trial",
        };
        addAccount(account);
        return { sid: account.sid };
      },
    },
  ];
}
