import { ACCOUNT_SID, apiKeyConnection, authTokenConnection, failureOf, harness } from "../../support/harness";
import { sandboxPerCase } from "../../support/sandbox";

type Data = Record<string, unknown>;

describe("a Subaccount SID on the connection, on the sandbox", () => {
  const on = sandboxPerCase();
  const run = async (key: string, inputs: Data, fields: Data = {}) =>
    ((await harness.action(key, { twilioConnection: authTokenConnection(on.sandbox.url, fields), ...inputs })) as { data: Data }).data;
  it.each([
    ["Auth Token", authTokenConnection],
    ["API Key", apiKeyConnection],
  ])(
    "with a Subaccount SID on the %s connection, actions act on the subaccount with the parent's credentials",
    async (_name, connection) => {
      const sid = (await run("createSubaccount", { friendlyName: "Tenant" })).sid as string;
      const sent = (await harness.action("sendSMS", {
        twilioConnection: connection(on.sandbox.url, { subaccountSid: sid }),
        to: "+15558675310",
        from: "+15017122661",
        message: "Hello from the tenant",
      })) as { data: Data };
      expect(sent.data.accountSid).toBe(sid);
      const create = on.sandbox.requests.find((request) => request.method === "POST" && request.path.endsWith("/Messages.json"));
      expect(create?.path).toBe(`/2010-04-01/Accounts/${sid}/Messages.json`);
      expect(on.sandbox.inspect<{ messages: unknown[] }>("messages", sid)?.messages).toHaveLength(1);
      expect(on.sandbox.inspect<{ messages: unknown[] }>("messages", ACCOUNT_SID)?.messages ?? []).toHaveLength(0);
    },
  );

  it("refuses a Subaccount SID that is not an Account SID, naming the connection field", async () => {
    const error = await failureOf(run("getAccountBalance", {}, { subaccountSid: "customer-1234" }));
    expect(error.message).toContain('Connection field "Subaccount SID"');
    expect(on.sandbox.requests).toHaveLength(0);
  });
});
