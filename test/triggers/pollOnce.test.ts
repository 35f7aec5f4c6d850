import { initialPollState } from "../../src/client/polling/newItems";
import { InputError, TwilioApiError } from "../../src/client/transport/errors";
import { useInstantWaits } from "../support/fakeClock";
import { authTokenConnection, failureOf, harness } from "../support/harness";
import { sandboxPerCase } from "../support/sandbox";

type State = Record<string, unknown>;
type Polled = { payload: { body: { data: { phoneNumber?: string; body?: string }[] } }; resultType: "completed" | "polled_no_changes" };

/** The one polling loop, through the New Phone Numbers and New Messages triggers on the sandbox; their polling state as spectral keeps it. */
describe("pollOnce on the sandbox", () => {
  useInstantWaits();
  const on = sandboxPerCase();

  const pollingState = (instanceState: State) => (instanceState.__prismaticInternal as { polling?: State } | undefined)?.polling;
  const poll = async (key: string, instanceState: State, inputs: Record<string, unknown> = {}) =>
    (await harness.trigger(
      key,
      {},
      { connection: authTokenConnection(on.sandbox.url), ...inputs },
      { instanceState },
    )) as unknown as Polled;
  const numbers = (instanceState: State) =>
    poll("pollNewPhoneNumbers", instanceState).then((polled) => ({
      delivered: polled.payload.body.data.map((one) => one.phoneNumber),
      resultType: polled.resultType,
    }));
  const buy = (phoneNumber: string) =>
    harness.action("buyPhoneNumber", { twilioConnection: authTokenConnection(on.sandbox.url), phoneNumber });

  it("starts from now on the first run, without the account's history, then delivers what came since, once", async () => {
    // A number the account had a minute before the first run: Twilio's times are whole seconds.
    await on.sandbox.clock.advance(-60_000);
    await on.sandbox.control("POST", "numbers", { PhoneNumber: "+15017122661" });
    await on.sandbox.clock.advance(60_000);
    const instanceState: State = {};
    expect(await numbers(instanceState)).toEqual({ delivered: [], resultType: "polled_no_changes" });
    expect(pollingState(instanceState)).toMatchObject({ since: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.000Z$/), seen: {} });
    expect(on.sandbox.requests).toHaveLength(0);

    await on.sandbox.clock.advance(5_000);
    await buy("+14155550103");
    expect(await numbers(instanceState)).toEqual({ delivered: ["+14155550103"], resultType: "completed" });
    expect(await numbers(instanceState)).toEqual({ delivered: [], resultType: "polled_no_changes" });
  });

  it("starts again from now when the state it finds is not one it wrote", async () => {
    await on.sandbox.clock.advance(-60_000);
    await on.sandbox.control("POST", "numbers", { PhoneNumber: "+15017122661" });
    await on.sandbox.clock.advance(60_000);
    const instanceState: State = { __prismaticInternal: { polling: { since: "yesterday", seen: [] } } };
    expect(await numbers(instanceState)).toEqual({ delivered: [], resultType: "polled_no_changes" });
    expect(pollingState(instanceState)).toMatchObject({ since: expect.stringMatching(/Z$/), seen: {}, checkpoints: [] });
    expect(on.sandbox.requests).toHaveLength(0);
  });

  it("keeps the state it started from when the poll fails, so the next run delivers what that one missed", async () => {
    const instanceState: State = {};
    await numbers(instanceState);
    await on.sandbox.clock.advance(5_000);
    await buy("+14155550104");
    const before = structuredClone(pollingState(instanceState));
    await on.sandbox.control("POST", "faults", { rules: [{ kind: "500-before", method: "GET", path: "IncomingPhoneNumbers\\.json$" }] });
    const error = await failureOf(numbers(instanceState));
    expect(error).toBeInstanceOf(TwilioApiError);
    expect(pollingState(instanceState)).toEqual(before);
    await on.sandbox.control("DELETE", "faults", {});
    expect(await numbers(instanceState)).toEqual({ delivered: ["+14155550104"], resultType: "completed" });
  }, 20_000);

  it("restarts from now on each run while New Messages' Show New Records is off, so turning it on replays nothing", async () => {
    // A state the trigger wrote two minutes ago: without the restart, what came since would be delivered.
    const instanceState: State = { __prismaticInternal: { polling: { ...initialPollState(new Date(Date.now() - 120_000)) } } };
    const messages = async (showNewRecords: boolean) =>
      (await poll("pollChangesTrigger", instanceState, { showNewRecords })).payload.body.data.map((one) => one.body);
    const send = (message: string) =>
      harness.action("sendSMS", {
        twilioConnection: authTokenConnection(on.sandbox.url),
        to: "+15558675310",
        from: "+15017122661",
        message,
      });
    await on.sandbox.clock.advance(-60_000);
    await send("While off");
    expect(await messages(false)).toEqual([]);
    expect(on.sandbox.requests.filter((request) => request.method === "GET")).toHaveLength(0);
    expect(Date.parse(String(pollingState(instanceState)?.since))).toBeGreaterThan(Date.now() - 2_000);
    await on.sandbox.clock.advance(65_000);
    await send("After");
    await on.sandbox.clock.advance(5_000);
    expect(await messages(true)).toEqual(["After"]);
  });

  it("refuses a Messaging Service as the From filter before any request, keeping the state", async () => {
    const instanceState: State = {};
    await poll("pollChangesTrigger", instanceState);
    const before = structuredClone(pollingState(instanceState));
    const error = await failureOf(poll("pollChangesTrigger", instanceState, { from: `MG${"0".repeat(32)}` }));
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toContain('Input "From"');
    expect(on.sandbox.requests).toHaveLength(0);
    expect(pollingState(instanceState)).toEqual(before);
  });
});
