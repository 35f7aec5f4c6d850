import { InputError } from "../../../src/client/transport/errors";
import { ACCOUNT_SID, apiKeyConnection, authTokenConnection, failureOf, harness } from "../../support/harness";
import { startTestSandbox, type TestSandbox } from "../../support/sandbox";
import { subaccountAuthToken } from "../../support/sandboxAccounts";

type Data = Record<string, unknown>;

describe("subaccounts on the sandbox", () => {
  let sandbox: TestSandbox;
  beforeEach(async () => {
    sandbox = await startTestSandbox({ clock: { running: false }, tickMs: 0 });
  });
  afterEach(() => sandbox.close());
  const run = async (key: string, inputs: Data, fields: Data = {}) =>
    ((await harness.action(key, { twilioConnection: authTokenConnection(sandbox.url, fields), ...inputs })) as { data: Data }).data;
  it("creates, lists, fetches and renames a subaccount, and never returns its Auth Token", async () => {
    const created = await run("createSubaccount", { friendlyName: "Acme Dental" });
    expect(created).toMatchObject({ friendlyName: "Acme Dental", status: "active", ownerAccountSid: ACCOUNT_SID });
    const sid = created.sid as string;
    const token = await subaccountAuthToken(sandbox, sid);
    expect(token).toMatch(/^[0-9a-f]{32}$/);
    const other = await run("createSubaccount", { friendlyName: "Bright Smiles" });
    await run("updateSubaccount", { sid: other.sid, status: "suspended" });

    const outputs = [
      created,
      await run("getSubaccount", { sid }),
      await run("listSubaccounts", {}),
      await run("listSubaccounts", { status: "suspended" }),
      await run("updateSubaccount", { sid, friendlyName: "Acme Dental (1234)" }),
    ];
    expect((outputs[2].subaccounts as Data[]).map((one) => one.sid).sort()).toEqual([sid, other.sid].sort());
    expect((outputs[3].subaccounts as Data[]).map((one) => one.sid)).toEqual([other.sid]);
    expect(outputs[4]).toMatchObject({ sid, friendlyName: "Acme Dental (1234)", status: "active" });
    for (const output of outputs) {
      expect(JSON.stringify(output)).not.toContain(token);
      expect(JSON.stringify(output)).not.toMatch(/auth_?token/i);
    }
  });

  it("lists page by page with Continue From, and refuses a Continue From of another list before any request", async () => {
    const sids: string[] = [];
    for (const name of ["One", "Two", "Three"]) sids.push((await run("createSubaccount", { friendlyName: name })).sid as string);
    const first = await run("listSubaccounts", { limit: "2" });
    expect(first).toMatchObject({ hasMore: true, nextPageUri: expect.stringMatching(/^\/2010-04-01\/Accounts\.json\?/) });
    const rest = await run("listSubaccounts", { limit: "2", continueFrom: first.nextPageUri });
    const listed = [...(first.subaccounts as Data[]), ...(rest.subaccounts as Data[])].map((one) => one.sid);
    expect(listed.sort()).toEqual([...sids].sort());
    expect(rest).toMatchObject({ hasMore: false, nextPageUri: null });

    const before = sandbox.requests.length;
    const error = await failureOf(run("listSubaccounts", { continueFrom: `/2010-04-01/Accounts/${ACCOUNT_SID}/Messages.json?Page=1` }));
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toMatch(/^Input "Continue From"/);
    expect(sandbox.requests.length).toBe(before);
  });

  it("closes only with the SID typed again: a mismatch is an input error and nothing is sent", async () => {
    const { sid } = await run("createSubaccount", { friendlyName: "Leaving customer" });
    const before = sandbox.requests.length;
    const error = await failureOf(run("updateSubaccount", { sid, status: "closed", confirmClose: "yes" }));
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toContain('Input "Confirm Closing"');
    expect(sandbox.requests).toHaveLength(before);

    expect(await run("updateSubaccount", { sid, status: "closed", confirmClose: sid })).toMatchObject({ sid, status: "closed" });
    const reopen = await failureOf(run("updateSubaccount", { sid, status: "active" }));
    expect(reopen.message).toContain("21479");
    expect(reopen.message).toContain("closing is permanent");
  });

  it("refuses a status Twilio does not have, and a change to the connection's own account", async () => {
    const { sid } = await run("createSubaccount", {});
    expect((await failureOf(run("updateSubaccount", { sid, status: "deleted" }))).message).toContain('Input "Status"');
    expect((await failureOf(run("updateSubaccount", { sid: ACCOUNT_SID, status: "suspended" }))).message).toContain(
      'Input "Subaccount SID"',
    );
  });

  it.each([
    ["Auth Token", authTokenConnection],
    ["API Key", apiKeyConnection],
  ])(
    "with a Subaccount SID on the %s connection, actions act on the subaccount with the parent's credentials",
    async (_name, connection) => {
      const sid = (await run("createSubaccount", { friendlyName: "Tenant" })).sid as string;
      const sent = (await harness.action("sendSMS", {
        twilioConnection: connection(sandbox.url, { subaccountSid: sid }),
        to: "+15558675310",
        from: "+15017122661",
        message: "Hello from the tenant",
      })) as { data: Data };
      expect(sent.data.accountSid).toBe(sid);
      const create = sandbox.requests.find((request) => request.method === "POST" && request.path.endsWith("/Messages.json"));
      expect(create?.path).toBe(`/2010-04-01/Accounts/${sid}/Messages.json`);
      expect(sandbox.inspect<{ messages: unknown[] }>("messages", sid)?.messages).toHaveLength(1);
      expect(sandbox.inspect<{ messages: unknown[] }>("messages", ACCOUNT_SID)?.messages ?? []).toHaveLength(0);
    },
  );

  it("refuses a Subaccount SID that is not an Account SID, naming the connection field", async () => {
    const error = await failureOf(run("getAccountBalance", {}, { subaccountSid: "customer-1234" }));
    expect(error.message).toContain('Connection field "Subaccount SID"');
    expect(sandbox.requests).toHaveLength(0);
  });
});
