import type { Element } from "@prismatic-io/spectral";
import { dataSources } from "../../src/dataSources";
import { createFlow } from "../actions/studio/support";
import { actionsPerCase, recordedCall } from "../actions/support";
import { basic } from "../sandbox/support";
import { ACCOUNT_SID, AUTH_TOKEN, authTokenConnection, harness } from "../support/harness";
import { createContentTemplate } from "../support/sandbox";
import { createIntelligenceService } from "../support/sandboxAccounts";

/**
 * Every data source of the component against one sandbox with one record of each kind in it: each
 * answers { key, label } choices, among them the record made for it, as its example payload shows.
 */
describe("every data source on the sandbox", () => {
  const on = actionsPerCase();

  /** One record of each kind, made as a builder or the component would make it: the key each picker must offer. */
  async function seed(): Promise<Record<keyof typeof dataSources, string>> {
    const { run, sandbox } = on;
    const phoneNumber = "+15017122661";
    await sandbox.control("POST", "numbers", { PhoneNumber: phoneNumber });
    const messagingService = (await sandbox.control("POST", "messaging-services", { FriendlyName: "Support" })) as { sid: string };
    const message = await run("sendSMS", { to: "+15558675310", from: phoneNumber, message: "Your order has shipped." });
    const recording = await recordedCall(on);
    const [call] = sandbox.inspect<{ calls: { sid: string }[] }>("calls", ACCOUNT_SID)?.calls ?? [];
    const conversation = await run("createConversation", { friendlyName: "Order 1234 support" });
    const sync = await fetch(`${sandbox.url}/sync/v1/Services`, {
      method: "POST",
      body: new URLSearchParams({ FriendlyName: "Idempotency claims" }),
      headers: { authorization: basic(ACCOUNT_SID, AUTH_TOKEN) },
    });
    return {
      selectMessage: message.sid as string,
      selectPhoneNumber: phoneNumber,
      selectMessagingService: messagingService.sid,
      selectVerifyService: (await run("createVerifyService", { friendlyName: "Acme login codes" })).sid as string,
      selectContentTemplate: await createContentTemplate(sandbox, "Hi {{1}}"),
      selectStudioFlow: await createFlow(sandbox),
      selectCall: call.sid,
      selectRecording: recording,
      selectSyncService: ((await sync.json()) as { sid: string }).sid,
      selectIntelligenceService: await createIntelligenceService(sandbox, "support-calls"),
      selectConversation: conversation.sid as string,
      selectConversationService: conversation.chatServiceSid as string,
      selectEventTypes: "com.twilio.messaging.message.delivered",
    };
  }

  it("each offers the record made for it as { key, label }, shaped like its example payload", async () => {
    const expected = await seed();
    expect(Object.keys(expected).sort()).toEqual(Object.keys(dataSources).sort());
    for (const [key, dataSource] of Object.entries(dataSources)) {
      const { result } = (await harness.dataSource(key, { connection: authTokenConnection(on.sandbox.url) })) as { result: Element[] };
      expect({ key, result }).toEqual({
        key,
        result: expect.arrayContaining([expect.objectContaining({ key: expected[key as keyof typeof expected] })]),
      });
      for (const element of result) expect(element).toEqual({ key: expect.any(String), label: expect.stringMatching(/\S/) });
      const example = (dataSource.examplePayload as { result: Element[] }).result;
      expect(Object.keys(example[0]).sort()).toEqual(["key", "label"]);
    }
  });
});
