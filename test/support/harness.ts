import type { Connection } from "@prismatic-io/spectral";
import { createHarness } from "@prismatic-io/spectral/dist/testing";
import component from "../../src";
import { ACCOUNT_SID, API_KEY, API_SECRET, AUTH_TOKEN } from "./credentials";
import { checkOutput } from "./outputSchemas";

/**
 * The component as the platform runs it: defaults, clean functions and the error hook applied.
 * Every action result it returns is checked against the action's outputSchema first.
 */
export const harness = createHarness(component);
const runAction = harness.action.bind(harness);
harness.action = async (key, params, context) => {
  const result = await runAction(key, params, context);
  checkOutput(key, result?.data);
  return result;
};

export { ACCOUNT_SID, API_KEY, API_SECRET, AUTH_TOKEN } from "./credentials";
export const MESSAGE_SID = `SM${"0123456789abcdef".repeat(2)}`;

/** The Auth Token connection ("basic"), pointed at a test server. */
export function authTokenConnection(baseUrl: string, fields: Record<string, unknown> = {}): Connection {
  return { key: "basic", configVarKey: "twilioConnection", fields: { username: ACCOUNT_SID, password: AUTH_TOKEN, baseUrl, ...fields } };
}

/** The API Key connection ("apiKeySecret"), pointed at a test server. */
export function apiKeyConnection(baseUrl: string, fields: Record<string, unknown> = {}): Connection {
  return {
    key: "apiKeySecret",
    configVarKey: "twilioConnection",
    fields: { accountSid: ACCOUNT_SID, apiKey: API_KEY, apiSecret: API_SECRET, baseUrl, ...fields },
  };
}

/** Runs a promise expected to fail and returns what it threw, so tests can look at the error itself. */
export async function failureOf(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error("expected the call to fail, but it succeeded");
}

/** A logger that keeps every line, so tests can check what a run would log. */
export function recordingLogger() {
  const lines: string[] = [];
  const record = (...parts: unknown[]) => {
    lines.push(parts.map((part) => (typeof part === "string" ? part : JSON.stringify(part))).join(" "));
  };
  return {
    lines,
    logger: {
      metric: record,
      trace: record,
      debug: record,
      info: record,
      log: record,
      warn: record,
      error: record,
      section: () => undefined,
      sectionEnd: () => undefined,
    },
  };
}
