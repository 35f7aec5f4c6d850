import { createServer } from "node:net";
import { createHarness } from "@prismatic-io/spectral/dist/testing";
import component from "../../src";
import { authTokenConnection, failureOf, MESSAGE_SID } from "../support/harness";
import { outputProblems } from "../support/outputSchemas";

/**
 * What the designer runs instead of the actions it must not run: each examplePerform, as the
 * platform converts it (defaults, clean functions and the error hook applied), against a Base URL
 * where nothing listens, so any request would fail the step. Each answer must match the action's
 * output schema and carry the builder's own inputs.
 */
const designer = createHarness({
  ...component,
  actions: Object.fromEntries(
    Object.entries(component.actions)
      .filter(([, action]) => action.examplePerform)
      .map(([key, action]) => [key, { ...action, perform: action.examplePerform }]),
  ) as typeof component.actions,
});

let deadUrl: string;

beforeAll(async () => {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === "string") throw new Error("no port");
  deadUrl = `http://127.0.0.1:${address.port}`;
});

const SERVICE_SID = `VA${"1".repeat(32)}`;
const TO = "+15558675310";
const FROM = "+15017122661";
const CONVERSATION_SID = `CH${"6".repeat(32)}`;
const PARTICIPANT_SID = `MB${"7".repeat(32)}`;
const MESSAGING_SERVICE_SID = `MG${"8".repeat(32)}`;
const SUBACCOUNT_SID = `AC${"9".repeat(32)}`;

/** Per action: the builder's inputs, and what of them the example must show. */
const CASES: Record<string, { params: Record<string, unknown>; shows: Record<string, unknown> }> = {
  sendSMS: {
    params: { to: TO, from: FROM, message: "Typed in the designer" },
    shows: { to: TO, from: FROM, body: "Typed in the designer", replayed: false },
  },
  sendBulkSMS: {
    params: { recipients: [TO, "+15558675311", TO, "555-CALL-NOW"], from: FROM, message: "Hello all" },
    shows: { sentCount: 2, failedCount: 1, duplicatesMerged: 1, status: "partially_succeeded" },
  },
  waitForReply: { params: { from: TO, to: FROM }, shows: { replied: true, message: expect.objectContaining({ from: TO, to: FROM }) } },
  cancelScheduledMessage: { params: { sid: MESSAGE_SID }, shows: { sid: MESSAGE_SID, status: "canceled" } },
  redactMessage: { params: { sid: MESSAGE_SID }, shows: { sid: MESSAGE_SID, body: "" } },
  deleteMessage: { params: { sid: MESSAGE_SID }, shows: { sid: MESSAGE_SID, deleted: true } },
  rawRequest: {
    params: { url: "/Accounts/{AccountSid}/Messages.json", method: "GET" },
    shows: { uri: "/Accounts/{AccountSid}/Messages.json" },
  },
  lookupPhoneNumber: {
    params: { phoneNumber: "+14155550100", lineTypeIntelligence: true, smsPumpingRisk: true },
    shows: {
      phoneNumber: "+14155550100",
      lineType: "mobile",
      callerName: null,
      lookup: expect.objectContaining({ callerName: null, smsPumpingRisk: { errorCode: null }, simSwap: null }),
    },
  },
  sendVerification: {
    params: { verifyServiceSid: SERVICE_SID, to: TO, channel: "whatsapp" },
    shows: { to: TO, channel: "whatsapp", serviceSid: SERVICE_SID, replayed: false },
  },
  checkVerification: {
    params: { verifyServiceSid: SERVICE_SID, to: TO, code: "123456" },
    shows: { to: TO, serviceSid: SERVICE_SID, approved: true },
  },
  cancelVerification: {
    params: { verifyServiceSid: SERVICE_SID, verificationSid: `VE${"2".repeat(32)}` },
    shows: { sid: `VE${"2".repeat(32)}`, status: "canceled" },
  },
  createVerifyService: {
    params: { friendlyName: "Designer codes", codeLength: "8" },
    shows: { friendlyName: "Designer codes", codeLength: 8 },
  },
  triggerStudioFlow: {
    params: { flow: `FW${"3".repeat(32)}`, to: TO, from: FROM },
    shows: { flowSid: `FW${"3".repeat(32)}`, contactChannelAddress: TO },
  },
  makeCall: { params: { to: TO, from: FROM, sayText: "Hello" }, shows: { to: TO, from: FROM, replayed: false } },
  updateCall: { params: { sid: `CA${"4".repeat(32)}`, change: "cancel" }, shows: { sid: `CA${"4".repeat(32)}`, status: "canceled" } },
  deleteRecording: { params: { sid: `RE${"5".repeat(32)}` }, shows: { sid: `RE${"5".repeat(32)}`, deleted: true } },
  createConversation: {
    params: { friendlyName: "Order 42", uniqueName: "order-42" },
    shows: { friendlyName: "Order 42", uniqueName: "order-42" },
  },
  updateConversation: { params: { conversation: CONVERSATION_SID, state: "closed" }, shows: { sid: CONVERSATION_SID, state: "closed" } },
  deleteConversation: { params: { conversation: "order-42", confirmDelete: true }, shows: { deleted: true, conversation: "order-42" } },
  addConversationParticipant: {
    params: { conversation: CONVERSATION_SID, address: TO, proxyAddress: FROM },
    shows: { conversationSid: CONVERSATION_SID, address: TO, proxyAddress: FROM, identity: null },
  },
  removeConversationParticipant: {
    params: { conversation: CONVERSATION_SID, participantSid: PARTICIPANT_SID },
    shows: { removed: true, participantSid: PARTICIPANT_SID },
  },
  sendConversationMessage: {
    params: { conversation: CONVERSATION_SID, author: "agent.sam", body: "On its way" },
    shows: { conversationSid: CONVERSATION_SID, author: "agent.sam", body: "On its way", replayed: false },
  },
  buyPhoneNumber: {
    params: { phoneNumber: "+14155550142", friendlyName: "Store line", messagingServiceSid: MESSAGING_SERVICE_SID },
    shows: {
      phoneNumber: "+14155550142",
      number: expect.objectContaining({ phoneNumber: "+14155550142", friendlyName: "Store line" }),
      messagingService: expect.objectContaining({ sid: MESSAGING_SERVICE_SID }),
    },
  },
  updatePhoneNumber: {
    params: { phoneNumber: FROM, smsUrl: "https://hooks.example.com/new-sms" },
    shows: { phoneNumber: FROM, smsUrl: "https://hooks.example.com/new-sms" },
  },
  releasePhoneNumber: { params: { phoneNumber: FROM, confirmNumber: FROM }, shows: { released: true, phoneNumber: FROM } },
  addNumberToMessagingService: {
    params: { messagingServiceSid: MESSAGING_SERVICE_SID, phoneNumber: FROM },
    shows: { messagingServiceSid: MESSAGING_SERVICE_SID, phoneNumber: FROM },
  },
  removeNumberFromMessagingService: {
    params: { messagingServiceSid: MESSAGING_SERVICE_SID, phoneNumber: FROM },
    shows: { messagingServiceSid: MESSAGING_SERVICE_SID, phoneNumber: FROM },
  },
  createSubaccount: { params: { friendlyName: "Customer 42" }, shows: { friendlyName: "Customer 42", status: "active" } },
  updateSubaccount: {
    params: { sid: SUBACCOUNT_SID, status: "suspended" },
    shows: { sid: SUBACCOUNT_SID, status: "suspended" },
  },
  createTranscript: {
    params: { serviceSid: `GA${"a".repeat(32)}`, recordingSid: `RE${"5".repeat(32)}`, customerKey: "crm-42" },
    shows: { serviceSid: `GA${"a".repeat(32)}`, customerKey: "crm-42", status: "queued" },
  },
  deleteCall: {
    params: { sid: `CA${"4".repeat(32)}`, confirmSid: `CA${"4".repeat(32)}` },
    shows: { sid: `CA${"4".repeat(32)}`, deleted: true },
  },
};

describe("examplePerform", () => {
  it("exists for exactly the actions the designer must not run", () => {
    expect(Object.keys(designer.component.actions).sort()).toEqual(Object.keys(CASES).sort());
  });

  it.each(Object.entries(CASES))(
    "%s answers without a request, shaped by the inputs and matching the output schema",
    async (key, { params, shows }) => {
      const { data } = (await designer.action(key, { twilioConnection: authTokenConnection(deadUrl), ...params })) as { data: unknown };
      expect(data).toEqual(expect.objectContaining(shows));
      expect(outputProblems(key, data)).toEqual([]);
    },
  );

  it("fails on the inputs a real run would refuse, saying what to fix, before anything is sent", async () => {
    const noSender = await failureOf(designer.action("sendSMS", { twilioConnection: authTokenConnection(deadUrl), to: TO, message: "Hi" }));
    expect(noSender.message).toContain("From");
    const noInstructions = await failureOf(
      designer.action("makeCall", { twilioConnection: authTokenConnection(deadUrl), to: TO, from: FROM }),
    );
    expect(noInstructions.message).toMatch(/Text to Say|TwiML/);
    const wrongNumber = await failureOf(
      designer.action("releasePhoneNumber", { twilioConnection: authTokenConnection(deadUrl), phoneNumber: FROM, confirmNumber: TO }),
    );
    expect(wrongNumber.message).toContain("Confirm Number");
    const unconfirmedClose = await failureOf(
      designer.action("updateSubaccount", { twilioConnection: authTokenConnection(deadUrl), sid: SUBACCOUNT_SID, status: "closed" }),
    );
    expect(unconfirmedClose.message).toContain("Confirm Closing");
  });
});
