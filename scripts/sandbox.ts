/**
 * `npm run sandbox`: keeps one sandbox Twilio running on 127.0.0.1 until Ctrl-C, and prints how to
 * use it: its Base URL, the demo credentials, and how to simulate an incoming message or call.
 * `npm run invoke` with TWILIO_SANDBOX_URL set uses it, so separate runs share its state.
 */
import { DEMO_ACCOUNT, startSandbox } from "../sandbox";

const DEFAULT_PORT = 4010;
const out = (line = "") => process.stdout.write(`${line}\n`);

async function main(): Promise<void> {
  const port = Number(process.env.SANDBOX_PORT ?? DEFAULT_PORT);
  const sandbox = await startSandbox({ port }).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== "EADDRINUSE") throw error;
    out(`Port ${port} is taken; using a free one (set SANDBOX_PORT to choose).`);
    return startSandbox();
  });
  const [apiKey, apiSecret] = Object.entries(DEMO_ACCOUNT.apiKeys)[0];
  const number = "+15017122661";
  await sandbox.control("POST", "numbers", { PhoneNumber: number, FriendlyName: "Sandbox number" });
  const control = `${sandbox.url}/__sandbox`;
  out(`Sandbox Twilio running at ${sandbox.url}  (Ctrl-C stops it)`);
  out();
  out(`Base URL      ${sandbox.url}`);
  out(`Account SID   ${DEMO_ACCOUNT.sid}`);
  out(`Auth Token    ${DEMO_ACCOUNT.authToken}   (signs the webhooks the sandbox sends)`);
  out(`API Key       ${apiKey}  secret ${apiSecret}`);
  out(`Phone number  ${number} (add more: curl ${control}/numbers --data-urlencode PhoneNumber=+15005550006 -d SmsUrl=https://...)`);
  out();
  out("Use it from another terminal (runs share its state):");
  out(`  export TWILIO_SANDBOX_URL=${sandbox.url}`);
  out(`  npm run invoke -- sendSMS --to +15558675310 --from ${number} --message "Hello"`);
  out("  npm run invoke -- listMessages --to +15558675310");
  out();
  out("Point the number at your webhook, then simulate an incoming message or call:");
  out(
    `  curl -u ${DEMO_ACCOUNT.sid}:${DEMO_ACCOUNT.authToken} ${sandbox.url}/2010-04-01/Accounts/${DEMO_ACCOUNT.sid}/IncomingPhoneNumbers.json`,
  );
  out(
    `  curl ${control}/incoming/messages --data-urlencode From=+15558675310 --data-urlencode To=${number} -d Body=Hi   (Url=... overrides the number's SmsUrl)`,
  );
  out(`  curl ${control}/incoming/calls --data-urlencode From=+15558675310 --data-urlencode To=${number}`);
  out();
  out("More controls (JSON or form bodies):");
  out(`  POST ${control}/clock/advance  seconds=60        move time: statuses, callbacks, TTLs`);
  out(`  POST ${control}/faults         {"rules":[{"kind":"429","path":"Messages","rate":0.5}]}`);
  out(`  GET  ${control}/requests | /callbacks | /messages    what was received, called back, created`);
  out(`  POST ${control}/reset                            forget everything`);
  const stop = () => {
    out("Stopping the sandbox.");
    void sandbox.stop().then(() => process.exit(0));
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

main().catch((error: Error) => {
  process.stderr.write(`npm run sandbox failed: ${error.message}\n`);
  process.exitCode = 1;
});
