/**
 * `npm start`: a short tour of the built component (dist/index.js) against the sandbox Twilio.
 * No account and no network: everything runs on 127.0.0.1 and stops at the end. The sandbox keeps
 * what it is sent, so the message sent is the one fetched and listed; it calls a stand-in for the
 * flow's webhook URL with the message's status callbacks and an incoming reply, signed as Twilio
 * signs them, and Wait for Reply finds that reply.
 */
import { createHarness } from "@prismatic-io/spectral/dist/testing";
import { componentParts, ensureBundleBuilt, loadBuiltComponent, seconds } from "./lib/bundle";
import { maskToken } from "./lib/display";
import { startFlowEndpoint } from "./lib/flowEndpoint";
import { FLOW_NAME, FROM, REPLY_MESSAGE, TO, tour } from "./lib/tour";
import { bold, dim, out } from "./lib/tourOutput";
import { DEMO_ACCOUNT_SID, DEMO_AUTH_TOKEN, startEmbeddedTwilio } from "./lib/twilioTarget";

async function main(): Promise<void> {
  const started = Date.now();
  out(bold("Twilio component for Prismatic: a five-minute tour"));
  out("Runs the built component (dist/index.js) the way Prismatic does: inputs cleaned, defaults applied, errors mapped.");
  out("No Twilio account and no network: requests go to a Twilio-compatible server on 127.0.0.1.");
  out();

  ensureBundleBuilt((line) => out(dim(line)));
  const component = loadBuiltComponent();
  const parts = componentParts(component);
  const count = (kind: string) => parts.filter((part) => part.kind === kind).length;
  out(`Component "${component.key}": ${count("action")} actions, ${count("trigger")} triggers, ${count("dataSource")} data sources.`);

  const serverStarted = Date.now();
  const target = await startEmbeddedTwilio();
  out(`Started ${target.description} in ${seconds(Date.now() - serverStarted)}.`);
  out(`Connection "basic": Account SID ${DEMO_ACCOUNT_SID}, Auth Token ${maskToken(DEMO_AUTH_TOKEN)} (a demo token).`);
  out();

  const harness = createHarness(component);
  const connectionKey = component.triggers.webhook?.inputs.find((input) => input.type === "connection")?.key ?? "connection";
  const flow = await startFlowEndpoint(FLOW_NAME, (payload) =>
    harness.trigger("webhook", payload, { [connectionKey]: target.connection, replyMessage: REPLY_MESSAGE }),
  );
  out(`The flow's webhook URL (a stand-in for Prismatic's, which runs the webhook trigger): ${flow.url}`);
  out();
  let finalStep = 0;
  try {
    finalStep = await tour(component, harness, target, flow);
  } finally {
    await target.stop();
    await flow.close();
  }
  out(`Stopped the embedded server. ${finalStep > 0 ? "Tour complete" : "Tour failed"} in ${seconds(Date.now() - started)}.`);
  out();
  out("Next:");
  out("  npm run invoke -- --help                  every action, trigger and data source, with its inputs");
  out(`  npm run invoke -- sendSMS --to ${TO} --from ${FROM} --message "Hi"`);
  out("                                            (set TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN to use real Twilio)");
  out("  npm run sandbox                           keeps a sandbox Twilio running for separate invoke runs");
  out("  npm test                                  every test, offline");
  out("  documentation.md                          the component's documentation");
  if (finalStep < 0) process.exitCode = 1;
}

main().catch((error: Error) => {
  process.stderr.write(`npm start failed: ${error.message}\n`);
  process.exitCode = 1;
});
