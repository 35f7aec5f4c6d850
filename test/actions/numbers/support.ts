import type { AvailableNumberRecord } from "../../../src/client/numbers/search";
import { ACCOUNT_SID, authTokenConnection, harness } from "../../support/harness";
import { sandboxPerCase } from "../../support/sandbox";

/**
 * A sandbox of each case's own, on a stopped clock, with the component's number actions on it:
 * `run` (a step's data and instance state), the numbers the account `owned`, the requests the
 * sandbox logged (`purchases`), a `search` of numbers for sale, and what the sandbox `kept`.
 */
export function numbersSandbox() {
  const on = sandboxPerCase();

  const run = async <T>(key: string, inputs: Record<string, unknown>, instanceState?: Record<string, unknown>) =>
    (await harness.action(key, { twilioConnection: authTokenConnection(on.sandbox.url), ...inputs }, { instanceState })) as {
      data: T;
      instanceState?: Record<string, unknown>;
    };
  const owned = async () =>
    (await run<{ phoneNumbers: { phoneNumber: string }[] }>("listPhoneNumbers", {})).data.phoneNumbers.map((number) => number.phoneNumber);
  const purchases = async () =>
    ((await on.sandbox.control("GET", "requests", {})) as { requests?: { method: string; path: string }[] }).requests ?? [];
  const search = async (inputs: Record<string, unknown>) =>
    (await run<{ availablePhoneNumbers: AvailableNumberRecord[] }>("searchAvailablePhoneNumbers", inputs)).data.availablePhoneNumbers;
  const kept = {
    numbers: () =>
      on.sandbox.inspect<{ sid: string; phone_number: string; friendly_name: string; fields: Record<string, string> }[]>(
        "numbers",
        ACCOUNT_SID,
      ) ?? [],
    services: () => on.sandbox.inspect<{ sid: string; numbers: string[] }[]>("messagingServices", ACCOUNT_SID) ?? [],
  };
  /** A number the account owns (as if bought in Console) and a Messaging Service, straight through the sandbox's controls. */
  const ownNumberAndService = async (phoneNumber = "+15017122661") => {
    const number = (await on.sandbox.control("POST", "numbers", { PhoneNumber: phoneNumber })) as { sid: string };
    const service = (await on.sandbox.control("POST", "messaging-services", { FriendlyName: "Support" })) as { sid: string };
    return { numberSid: number.sid, serviceSid: service.sid, phoneNumber };
  };
  return {
    get sandbox() {
      return on.sandbox;
    },
    run,
    owned,
    purchases,
    search,
    kept,
    ownNumberAndService,
  };
}
