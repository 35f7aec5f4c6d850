import { type RunningScript, runNpmScript, startNpmScript } from "./runScript";

const SCRIPT_TIMEOUT_MS = 120_000;
const TO = "+15558675310";
const FROM = "+15017122661";

describe("npm run sandbox with npm run invoke", () => {
  let sandbox: RunningScript | undefined;
  afterEach(async () => {
    await sandbox?.stop();
    sandbox = undefined;
  });

  it(
    "keeps one sandbox running whose printed Base URL and demo credentials separate invoke runs share; invoke without it starts its own",
    async () => {
      // Port 0: a free one, so the test never meets a sandbox a developer left running on 4010.
      sandbox = startNpmScript("sandbox", { SANDBOX_PORT: "0" });
      const [, baseUrl] = await sandbox.waitFor(/^Base URL +(http:\/\/127\.0\.0\.1:\d+)$/m, SCRIPT_TIMEOUT_MS / 4);
      const [, accountSid] = await sandbox.waitFor(/^Account SID +(AC[0-9a-f]{32})$/m, 1000);
      const [, authToken] = await sandbox.waitFor(/^Auth Token +(\S+)/m, 1000);
      const shared = { TWILIO_SANDBOX_URL: baseUrl };
      const body = `Hello from one run, ${Date.now()}`;

      const sent = await runNpmScript("invoke", shared, ["sendSMS", "--to", TO, "--from", FROM, "--message", body]);
      expect(sent.stderr).toContain(`${baseUrl} (the sandbox Twilio of npm run sandbox`);
      expect(sent.code).toBe(0);
      const { sid } = JSON.parse(sent.stdout).data as { sid: string };
      expect(sid).toMatch(/^SM[0-9a-f]{32}$/);

      const fetched = await runNpmScript("invoke", shared, ["getSMS", "--sid", sid]);
      expect(fetched.code).toBe(0);
      expect(JSON.parse(fetched.stdout).data).toMatchObject({ sid, body, to: TO, from: FROM });

      // The credentials it printed are the ones it accepts: the message is there for any client.
      const direct = await fetch(`${baseUrl}/2010-04-01/Accounts/${accountSid}/Messages/${sid}.json`, {
        headers: { authorization: `Basic ${Buffer.from(`${accountSid}:${authToken}`).toString("base64")}` },
      });
      expect(direct.status).toBe(200);
      expect(await direct.json()).toMatchObject({ sid, body });

      // Without TWILIO_SANDBOX_URL invoke starts a sandbox of its own, which has never seen that message.
      const alone = await runNpmScript("invoke", {}, ["getSMS", "--sid", sid]);
      expect(alone.stderr).toMatch(/the embedded Twilio-compatible server at http:\/\/127\.0\.0\.1:\d+ \(the sandbox Twilio:/);
      expect(alone.stderr).not.toContain(baseUrl);
      expect(alone.code).toBe(1);
      expect(alone.stderr).toContain("20404");

      await sandbox.stop();
      expect(sandbox.stdout()).toContain("Stopping the sandbox.");
      await expect(fetch(`${baseUrl}/__sandbox/clock`)).rejects.toThrow();
    },
    SCRIPT_TIMEOUT_MS * 2,
  );
});
