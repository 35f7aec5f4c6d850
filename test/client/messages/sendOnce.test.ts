import { sendMessageOnce } from "../../../src/client/messages/sendOnce";
import { InputError } from "../../../src/client/transport/errors";
import { getTwilioClient } from "../../../src/client/twilioClient";
import { authTokenConnection, failureOf } from "../../support/harness";
import { createContentTemplate, sandboxPerCase } from "../../support/sandbox";

const message = (overrides: Record<string, unknown> = {}) => ({
  to: "+15558675310",
  sender: { from: "+15017122661" },
  body: "Your order has shipped.",
  mediaUrls: [],
  shortenUrls: false,
  ...overrides,
});

/** sendMessageOnce with keys kept in the flow's state, on the sandbox's Messages API (2010-04-01, spec-checked). */
describe("sendMessageOnce", () => {
  const on = sandboxPerCase();
  const client = () => getTwilioClient(authTokenConnection(on.sandbox.url));
  const creates = () => on.sandbox.requests.filter((request) => request.method === "POST" && request.path.endsWith("/Messages.json"));

  it("without a key, simply sends", async () => {
    const first = await sendMessageOnce(client(), { message: message(), state: {} });
    const second = await sendMessageOnce(client(), { message: message(), state: {} });
    expect(first.data.sid).not.toBe(second.data.sid);
    expect(first.instanceState).toBeUndefined();
    expect(creates()).toHaveLength(2);
  });

  it("with a key, a rerun gets the first message as it is now, marked replayed, and nothing is sent again", async () => {
    const first = await sendMessageOnce(client(), { message: message(), idempotencyKey: "order-1", state: {} });
    expect(first.data).toMatchObject({ status: "queued", replayed: false, reconciled: false });
    await on.sandbox.clock.advance(10_000);
    const rerun = await sendMessageOnce(client(), { message: message(), idempotencyKey: "order-1", state: first.instanceState ?? {} });
    expect(rerun.data).toMatchObject({ sid: first.data.sid, status: "delivered", replayed: true });
    expect(creates()).toHaveLength(1);
  });

  it("a message deleted since is replayed from what the flow's state kept", async () => {
    const first = await sendMessageOnce(client(), { message: message(), idempotencyKey: "order-1", state: {} });
    await on.sandbox.clock.advance(10_000);
    await client().messages(String(first.data.sid)).remove();
    const rerun = await sendMessageOnce(client(), { message: message(), idempotencyKey: "order-1", state: first.instanceState ?? {} });
    expect(rerun.data).toEqual({ sid: first.data.sid, dateCreated: expect.any(String), reconciled: false, replayed: true });
  });

  it("the same key with other content is an input error, and nothing is sent", async () => {
    const first = await sendMessageOnce(client(), { message: message(), idempotencyKey: "order-1", state: {} });
    const error = await failureOf(
      sendMessageOnce(client(), {
        message: message({ body: "Another text" }),
        idempotencyKey: "order-1",
        state: first.instanceState ?? {},
      }),
    );
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toMatch(/^Input "idempotencyKey": expected a key not used for other content/);
    expect(creates()).toHaveLength(1);
  });

  it("checks content variables against the template before sending, when asked to", async () => {
    const contentSid = await createContentTemplate(on.sandbox, "Hi {{1}}, your order arrives at {{2}}.");
    const templated = message({
      body: undefined,
      sender: { messagingServiceSid: `MG${"a".repeat(32)}` },
      contentSid,
      checkContentVariables: true,
    });
    const error = await failureOf(sendMessageOnce(client(), { message: { ...templated, contentVariables: '{"1":"Jane"}' }, state: {} }));
    expect(error.message).toContain('missing "2"');
    expect(creates()).toHaveLength(0);
  });
});
