// A fresh worker's first steps: load the bundle, then run one step of each Twilio product it asks
// for against the sandbox Twilio (the Verify service and Studio flow it uses exist there), and report the time from start to the last answer and the peak RSS.
const start = process.hrtime.bigint();
const { harness, connection, report, baseUrl } = require("./harness.cjs");
const { peakRssKB } = require("./peakRss.cjs");

const twilioConnection = connection(baseUrl);

/** One step per product folder of src/client/; each new product adds its own here. */
const STEPS = {
  messages: () => harness.action("sendSMS", { twilioConnection, to: "+15558675310", from: "+15017122661", message: "Hello" }),
  phoneNumbers: () => harness.action("listPhoneNumbers", { twilioConnection }),
  account: () => harness.action("testConnection", { twilioConnection }),
  raw: () => harness.action("rawRequest", { twilioConnection, method: "GET", url: "/Accounts/{AccountSid}/Calls.json" }),
  messagingServices: () => harness.dataSource("selectMessagingService", { connection: twilioConnection }),
  lookup: () => harness.action("lookupPhoneNumber", { twilioConnection, phoneNumber: "+14159929960", lineTypeIntelligence: true }),
  verify: () =>
    harness.action("sendVerification", {
      twilioConnection,
      verifyServiceSid: process.env.BENCH_VERIFY_SERVICE,
      to: "+15558675310",
      channel: "sms",
    }),
  content: () => harness.action("listContentTemplates", { twilioConnection }),
  studio: () =>
    harness.action("triggerStudioFlow", {
      twilioConnection,
      flow: process.env.BENCH_STUDIO_FLOW,
      to: "+15558675310",
      from: "+15017122661",
      parameters: [{ key: "orderId", value: "1234" }],
    }),
  voice: () => harness.action("makeCall", { twilioConnection, to: "+15558675310", from: "+15017122661", sayText: "Hello" }),
};

async function main() {
  const products = (process.env.BENCH_PRODUCTS ?? "").split(",").filter(Boolean);
  for (const product of products) await STEPS[product]();
  report({ wallMs: Number(process.hrtime.bigint() - start) / 1e6, maxRssKB: peakRssKB(), steps: products.length });
}
main().catch((error) => {
  console.error(error);
  process.exit(1);
});
