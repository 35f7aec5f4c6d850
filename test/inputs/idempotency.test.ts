import { InputError } from "../../src/client/transport/errors";
import { authTokenConnection, failureOf, harness } from "../support/harness";
import { startTestSandbox } from "../support/sandbox";

describe("Idempotency Store and Sync Service inputs", () => {
  const send = (url: string, inputs: Record<string, unknown>) =>
    harness.action("sendSMS", {
      twilioConnection: authTokenConnection(url),
      to: "+15558675310",
      from: "+15017122661",
      message: "Hi",
      idempotencyKey: "order-1",
      ...inputs,
    });

  it("refuse an unknown store and a Sync Service that is not an IS SID, naming the input, before any request", async () => {
    const server = await startTestSandbox();
    try {
      const store = await failureOf(send(server.url, { idempotencyStore: "redis" }));
      const service = await failureOf(send(server.url, { syncService: "MG0123456789abcdef0123456789abcdef" }));

      expect(store).toBeInstanceOf(InputError);
      expect(store.message).toBe('Input "Idempotency Store": expected one of sync, flowState, got "redis".');
      expect(service.message).toMatch(/^Input "Sync Service": expected a Sync Service SID/);
      expect(server.requests).toHaveLength(0);
    } finally {
      await server.close();
    }
  });

  it("a Sync Service that does not exist in the account is an error saying so, and nothing is sent", async () => {
    const server = await startTestSandbox();
    try {
      const error = await failureOf(send(server.url, { syncService: `IS${"0123456789abcdef".repeat(2)}` }));

      expect(error.message).toMatch(/^The Sync Service IS0123456789abcdef0123456789abcdef does not exist in this connection's account/);
      expect(server.created).toHaveLength(0);
    } finally {
      await server.close();
    }
  });
});
