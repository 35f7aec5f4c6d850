import type { RecordedRequest } from "../../../sandbox/core/types";
import { ACCOUNT_SID, AUTH_TOKEN, authTokenConnection, harness } from "../../support/harness";
import { sharedSandbox, type TestSandbox } from "../../support/sandbox";

/** A well-formed Verify Service SID (test/client/verify/services.test.ts names one with it). */
export const SERVICE_SID = `VA${"0123456789abcdef".repeat(2)}`;
/** A well-formed SID of a verification no service ever had. */
export const VERIFICATION_SID = `VE${"fedcba9876543210".repeat(2)}`;
/** When the sandbox's clock stands: what a verification created at once reads back as its dates. */
export const SANDBOX_NOW = "2026-11-20T16:04:31Z";

/** A Verify Service on a sandbox Twilio of the test file's own, made afresh for each test. */
export interface VerifySandbox {
  readonly sandbox: TestSandbox;
  serviceSid: string;
  verificationsPath: string;
  checkPath: string;
  /** Runs a Verify action as the platform does, on the service, against the sandbox. */
  run(key: string, params: Record<string, unknown>): Promise<Record<string, unknown>>;
  /** Forgets the requests made so far, so a test counts only what follows. */
  forgetRequests(): void;
  /** The requests the sandbox received since, as "METHOD path" with the status it answered. */
  received(): { request: string; status: number | undefined; form: Record<string, string> }[];
}

/**
 * Starts the file's sandbox (its clock stopped at SANDBOX_NOW) and, before each test, forgets
 * everything and creates the Verify Service the test uses, through Twilio's own API.
 */
export function useVerifySandbox(): VerifySandbox {
  const shared = sharedSandbox({ clock: { startAt: Date.parse(SANDBOX_NOW), running: false }, tickMs: 0 });
  const verify = {
    get sandbox() {
      return shared.sandbox;
    },
  } as VerifySandbox;
  beforeEach(async () => {
    verify.sandbox.reset();
    const answer = await fetch(`${verify.sandbox.url}/verify/v2/Services`, {
      method: "POST",
      headers: { Authorization: `Basic ${Buffer.from(`${ACCOUNT_SID}:${AUTH_TOKEN}`).toString("base64")}` },
      body: new URLSearchParams({ FriendlyName: "Acme" }),
    });
    verify.serviceSid = ((await answer.json()) as { sid: string }).sid;
    verify.verificationsPath = `/verify/v2/Services/${verify.serviceSid}/Verifications`;
    verify.checkPath = `/verify/v2/Services/${verify.serviceSid}/VerificationCheck`;
    verify.forgetRequests();
  });
  verify.run = async (key, params) =>
    (
      (await harness.action(key, {
        twilioConnection: authTokenConnection(verify.sandbox.url),
        verifyServiceSid: verify.serviceSid,
        ...params,
      })) as { data: Record<string, unknown> }
    ).data;
  verify.forgetRequests = () => {
    verify.sandbox.requests.length = 0;
  };
  verify.received = () =>
    verify.sandbox.requests.map((request: RecordedRequest) => ({
      request: `${request.method} ${request.path}`,
      status: request.status,
      form: Object.fromEntries(request.form),
    }));
  return verify;
}

/** The code the sandbox sent to an address, as the person would read it on their phone or in their mail. */
export async function codeSentTo(verify: VerifySandbox, to: string): Promise<string> {
  return ((await verify.sandbox.control("GET", "verify/code", { to })) as { code: string }).code;
}
