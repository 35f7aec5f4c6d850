import { fingerprintOf, IDEMPOTENCY_STATE_KEY, readLedger, recordSend, withLedger } from "../../src/client/idempotency";
import { IDEMPOTENCY_TTL_MS, MAX_IDEMPOTENCY_KEYS } from "../../src/client/terms";
import { InputError } from "../../src/client/transport/errors";
import { ACCOUNT_SID, AUTH_TOKEN, authTokenConnection, failureOf, harness } from "../support/harness";
import { sandboxPerCase, startTestSandbox } from "../support/sandbox";

type Run = { data: { sid: string; replayed: boolean; body?: string }; instanceState?: Record<string, unknown> };

describe("sendSMS with an idempotency key", () => {
  const on = sandboxPerCase({ clock: { running: true } });

  const send = (instanceState: Record<string, unknown>, inputs: Record<string, unknown> = {}) =>
    harness.action(
      "sendSMS",
      {
        twilioConnection: authTokenConnection(on.sandbox.url),
        to: "+15558675310",
        from: "+15017122661",
        message: "Your order #1234 has shipped.",
        idempotencyKey: "order-1234-shipped",
        idempotencyStore: "flowState",
        ...inputs,
      },
      { instanceState },
    ) as Promise<Run>;

  it("a second run with the key sends nothing and returns the first run's message, marked replayed", async () => {
    const first = await send({ unrelated: "kept" });
    const second = await send(first.instanceState ?? {});

    expect(on.sandbox.created).toHaveLength(1);
    expect(first.data).toMatchObject({ sid: on.sandbox.created[0].sid, replayed: false });
    expect(second.data).toMatchObject({ sid: on.sandbox.created[0].sid, replayed: true, body: "Your order #1234 has shipped." });
    expect(first.instanceState).toMatchObject({ unrelated: "kept", [IDEMPOTENCY_STATE_KEY]: expect.any(Object) });
    expect(second.instanceState).toBeUndefined();
  });

  it("the key with other content is an error naming the input, and nothing is sent", async () => {
    const first = await send({});
    const error = await failureOf(send(first.instanceState ?? {}, { message: "Your order #1234 is delayed." }));

    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toMatch(/^Input "Idempotency Key": expected a key not used for other content: it was used on .* to create SM/);
    expect(on.sandbox.created).toHaveLength(1);
  });

  it("an expired key sends again", async () => {
    const first = await send({});
    const ledger = first.instanceState?.[IDEMPOTENCY_STATE_KEY] as Record<string, [string, number, string]>;
    // Created one second more than the lifetime ago: seconds since the epoch, as the ledger stores them.
    const aged = Object.fromEntries(
      Object.entries(ledger).map(([key, [print, at, sid]]) => [key, [print, at - IDEMPOTENCY_TTL_MS / 1000 - 1, sid]]),
    );
    const second = await send({ [IDEMPOTENCY_STATE_KEY]: aged });

    expect(on.sandbox.created).toHaveLength(2);
    expect(second.data.replayed).toBe(false);
  });

  it("a message deleted since is replayed from what the ledger kept, not sent again", async () => {
    const first = await send({});
    const deletedSince = await startTestSandbox();
    try {
      const second = (await harness.action(
        "sendSMS",
        {
          twilioConnection: authTokenConnection(deletedSince.url),
          to: "+15558675310",
          from: "+15017122661",
          message: "Your order #1234 has shipped.",
          idempotencyKey: "order-1234-shipped",
          idempotencyStore: "flowState",
        },
        { instanceState: first.instanceState },
      )) as Run;
      expect(second.data).toMatchObject({ sid: first.data.sid, dateCreated: expect.any(String), replayed: true });
      expect(deletedSince.created).toHaveLength(0);
    } finally {
      await deletedSince.close();
    }
  });

  it("without a key, nothing is recorded", async () => {
    const run = await send({}, { idempotencyKey: "" });
    expect(run.instanceState).toBeUndefined();
  });
});

describe("the idempotency ledger", () => {
  it("stays bounded: past the limit the oldest keys go first, under 1 MB with real SIDs", () => {
    const now = Date.now();
    const ledger = readLedger({}, now);
    const sid = (i: number) => `SM${String(i).padStart(32, "0")}`;
    for (let i = 0; i <= MAX_IDEMPOTENCY_KEYS; i++) recordSend(ledger, `order-${i}-shipped`, fingerprintOf(i), sid(i), now + i * 1000);
    const stored = withLedger({ other: 1 }, ledger);
    const kept = Object.values(stored[IDEMPOTENCY_STATE_KEY] as Record<string, [string, number, string]>);

    expect(kept).toHaveLength(MAX_IDEMPOTENCY_KEYS);
    expect(kept.some(([, , keptSid]) => keptSid === sid(0))).toBe(false);
    expect(kept.some(([, , keptSid]) => keptSid === sid(MAX_IDEMPOTENCY_KEYS))).toBe(true);
    expect(JSON.stringify(stored).length).toBeLessThan(1_000_000);
  });

  it("drops expired and malformed entries when read", () => {
    const now = Date.now();
    const state = {
      [IDEMPOTENCY_STATE_KEY]: {
        fresh: ["f", Math.floor(now / 1000) - 1, "SM1"],
        expired: ["f", Math.floor((now - IDEMPOTENCY_TTL_MS) / 1000) - 1, "SM2"],
        malformed: "SM3",
      },
    };
    expect(Object.keys(readLedger(state, now))).toEqual(["fresh"]);
  });
});

describe("an idempotency key on the other sends", () => {
  const on = sandboxPerCase();
  const basic = `Basic ${Buffer.from(`${ACCOUNT_SID}:${AUTH_TOKEN}`).toString("base64")}`;

  /** Runs twice with the instance state the first left; between the runs, Twilio moves on as `meanwhile` says. */
  const twice = async (key: string, run: (instanceState: Record<string, unknown>) => Promise<unknown>, meanwhile: () => Promise<void>) => {
    const first = (await run({})) as { data: Record<string, unknown>; instanceState?: Record<string, unknown> };
    await meanwhile();
    const before = on.sandbox.requests.length;
    const second = (await run(first.instanceState ?? {})) as { data: Record<string, unknown>; instanceState?: Record<string, unknown> };
    expect(first.instanceState?.[IDEMPOTENCY_STATE_KEY]).toBeDefined();
    expect(key).not.toBe("");
    return { first, second, rerun: on.sandbox.requests.slice(before) };
  };

  it("makeCall: a rerun with the key places no second call and returns the first, as Twilio has it now", async () => {
    const { first, second, rerun } = await twice(
      "call-order-1234",
      (instanceState) =>
        harness.action(
          "makeCall",
          {
            twilioConnection: authTokenConnection(on.sandbox.url),
            to: "+15558675310",
            from: "+15017122661",
            sayText: "Your order shipped.",
            idempotencyKey: "call-order-1234",
            idempotencyStore: "flowState",
          },
          { instanceState },
        ),
      // The call rings, is answered and ends before the rerun.
      () => on.sandbox.clock.advance(60_000),
    );
    const creates = on.sandbox.requests.filter((request) => request.method === "POST" && request.path.endsWith("/Calls.json"));
    expect(creates).toHaveLength(1);
    expect(rerun.every((request) => request.method === "GET")).toBe(true);
    expect(first.data).toMatchObject({ sid: expect.stringMatching(/^CA/), status: "queued", replayed: false });
    expect(second.data).toMatchObject({ sid: first.data.sid, status: "completed", replayed: true });
  });

  it("sendVerification: a rerun with the key sends no second code", async () => {
    const { sid: serviceSid } = (await fetch(`${on.sandbox.url}/verify/v2/Services`, {
      method: "POST",
      headers: { Authorization: basic },
      body: new URLSearchParams({ FriendlyName: "Login" }),
    }).then((answer) => answer.json())) as { sid: string };
    // The person types the code they received before the rerun.
    const typeTheCode = async () => {
      const { code } = (await on.sandbox.control("GET", "verify/code", { to: "+15558675310" })) as { code: string };
      await fetch(`${on.sandbox.url}/verify/v2/Services/${serviceSid}/VerificationCheck`, {
        method: "POST",
        headers: { Authorization: basic },
        body: new URLSearchParams({ To: "+15558675310", Code: code }),
      });
    };
    const { first, second, rerun } = await twice(
      "login-42",
      (instanceState) =>
        harness.action(
          "sendVerification",
          {
            twilioConnection: authTokenConnection(on.sandbox.url),
            verifyServiceSid: serviceSid,
            to: "+15558675310",
            channel: "sms",
            idempotencyKey: "login-42",
            idempotencyStore: "flowState",
          },
          { instanceState },
        ),
      typeTheCode,
    );
    const sends = on.sandbox.requests.filter((request) => request.method === "POST" && request.path.endsWith("/Verifications"));
    expect(sends).toHaveLength(1);
    const verificationSid = first.data.sid as string;
    expect(verificationSid).toMatch(/^VE/);
    expect(rerun.map((request) => `${request.method} ${request.path}`)).toEqual([
      `GET /verify/v2/Services/${serviceSid}/Verifications/${verificationSid}`,
    ]);
    expect(second.data).toMatchObject({ sid: verificationSid, status: "approved", replayed: true });
  });
});
