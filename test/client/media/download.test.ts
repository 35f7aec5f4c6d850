import { silentWav } from "../../../sandbox/products/callLog";
import { TwilioApiError } from "../../../src/client/transport/errors";
import { useFakeClock } from "../../support/fakeClock";
import { ACCOUNT_SID, AUTH_TOKEN, apiKeyConnection, authTokenConnection, failureOf, harness } from "../../support/harness";
import { type LoopbackHandler, type LoopbackReply, type LoopbackServer, startLoopbackServer } from "../../support/loopback";
import { sharedSandbox, startTestSandbox, type TestSandbox } from "../../support/sandbox";
import { makeLoopbackCertificate } from "../../support/tls";
import { RECORDINGS_PATH } from "../../support/voiceReplies";

const RECORDING_SID = `RE${"0123456789abcdef".repeat(2)}`;
const MESSAGE_SID = `MM${"0123456789abcdef".repeat(2)}`;
const MEDIA_SID = `ME${"fedcba9876543210".repeat(2)}`;
const MEDIA_PATH = `/2010-04-01/Accounts/${ACCOUNT_SID}/Messages/${MESSAGE_SID}/Media`;
const BASIC = `Basic ${Buffer.from(`${ACCOUNT_SID}:${AUTH_TOKEN}`).toString("base64")}`;
/** Every byte value, so any text decoding on the way would show. */
const BINARY = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7) % 256));

type FileResult = { data: Buffer; contentType: string; headers: Record<string, string> };
const run = (key: string, baseUrl: string, params: Record<string, unknown>) =>
  harness.action(key, { twilioConnection: authTokenConnection(baseUrl), ...params }) as unknown as Promise<FileResult>;
const downloadRecording = (baseUrl: string, params: Record<string, unknown> = {}) =>
  run("downloadRecording", baseUrl, { sid: RECORDING_SID, ...params });
const downloadMedia = (baseUrl: string) => run("downloadMessageMedia", baseUrl, { messageSid: MESSAGE_SID, mediaSid: MEDIA_SID });

/** The sandbox Twilio this file's spec-checked cases run on: it keeps what they create. */
const shared = sharedSandbox({ clock: { running: true } });

/** The recording the download cases fetch, kept by the sandbox with its audio. */
const seedRecording = () => shared.sandbox.control("POST", "recordings/seed", { AccountSid: ACCOUNT_SID, Sid: RECORDING_SID });
/** The audio the sandbox serves for every recording. */
const AUDIO = silentWav();

describe("downloads", () => {
  useFakeClock();
  beforeEach(async () => {
    shared.sandbox.reset();
    shared.sandbox.requests.length = 0;
  });
  const servers: LoopbackServer[] = [];
  const serve = async (handler: LoopbackHandler) => {
    const server = await startLoopbackServer(handler);
    servers.push(server);
    return server;
  };
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((server) => server.close()));
  });

  it.each([
    ["mp3", "audio/mpeg"],
    ["wav", "audio/x-wav"],
  ])("downloads a recording as %s, byte for byte, with its content type and file name", async (format, contentType) => {
    await seedRecording();
    const file = await downloadRecording(shared.sandbox.url, { format });
    expect(Buffer.isBuffer(file.data)).toBe(true);
    expect(file.data.equals(AUDIO)).toBe(true);
    expect(file.contentType).toBe(contentType);
    expect(file.headers["Content-Disposition"]).toBe(`attachment; filename="${RECORDING_SID}.${format}"`);
    expect(shared.sandbox.requests).toHaveLength(1);
    expect(shared.sandbox.requests[0].path).toBe(`${RECORDINGS_PATH}/${RECORDING_SID}.${format}`);
    expect(shared.sandbox.requests[0].headers.authorization).toBe(BASIC);
  });

  // Scripted: Twilio's 307 of a media file to its CDN, and the CDN itself, neither of which the sandbox plays.
  it("follows Twilio's redirect of a media file to another host without the credentials", async () => {
    // 127.0.0.1 stands for Twilio (the Base URL), localhost for its CDN: two hosts, as mms.twiliocdn.com is not api.twilio.com.
    const cdn = await serve(() => ({ status: 200, body: BINARY, headers: { "Content-Type": "image/jpeg" } }));
    const cdnUrl = cdn.url.replace("127.0.0.1", "localhost");
    const twilio = await serve(() => ({ status: 307, headers: { Location: `${cdnUrl}/signed/abc?Expires=1` } }));
    const file = await downloadMedia(twilio.url);
    expect(file.data.equals(BINARY)).toBe(true);
    expect(file.contentType).toBe("image/jpeg");
    expect(file.headers["Content-Disposition"]).toBe(`attachment; filename="${MEDIA_SID}.jpg"`);
    expect(twilio.requests[0].path).toBe(`${MEDIA_PATH}/${MEDIA_SID}`);
    expect(twilio.requests[0].headers.authorization).toBe(BASIC);
    expect(cdn.requests).toHaveLength(1);
    expect(cdn.requests[0].headers.host).toMatch(/^localhost:/);
    expect(cdn.requests[0].headers.authorization).toBeUndefined();
    expect(JSON.stringify(cdn.requests[0].headers)).not.toContain(Buffer.from(AUTH_TOKEN).toString("base64").slice(0, 12));
  });

  // Scripted: redirects within the Base URL and to api.twilio.com, which the sandbox never answers.
  it("keeps the credentials on a redirect within the Base URL, and maps a redirect to api.twilio.com onto it", async () => {
    const twilio = await serve((request): LoopbackReply => {
      if (request.path === `${RECORDINGS_PATH}/${RECORDING_SID}.mp3`) return { status: 302, headers: { Location: "/redirected/file.mp3" } };
      if (request.path === "/redirected/file.mp3") return { status: 302, headers: { Location: `https://api.twilio.com/final.mp3` } };
      return { status: 200, body: BINARY, headers: { "Content-Type": "audio/mpeg" } };
    });
    const file = await downloadRecording(twilio.url);
    expect(file.data.equals(BINARY)).toBe(true);
    expect(twilio.requests.map((request) => [request.path, request.headers.authorization])).toEqual([
      [`${RECORDINGS_PATH}/${RECORDING_SID}.mp3`, BASIC],
      ["/redirected/file.mp3", BASIC],
      ["/final.mp3", BASIC],
    ]);
  });

  // Scripted: a file over 1 MB; the sandbox's recordings are a second of silence.
  it("refuses a file over Max Size from its Content-Length, before reading it, naming the input", async () => {
    const twilio = await serve(() => ({ status: 200, body: Buffer.alloc(1024 * 1024 + 1), headers: { "Content-Type": "audio/x-wav" } }));
    const error = await failureOf(downloadRecording(twilio.url, { maxSize: "1" }));
    expect(error).toBeInstanceOf(TwilioApiError);
    expect(error.message).toContain("larger than 1 MB");
    expect(error.message).toContain('"Max Size (MB)"');
  });

  // Scripted: a chunked answer without Content-Length; the sandbox always sends a length.
  it("stops reading a file without Content-Length once it passes Max Size", async () => {
    const twilio = await serve(() => ({
      status: 200,
      body: Buffer.alloc(3 * 1024 * 1024),
      headers: { "Content-Type": "audio/x-wav", "Transfer-Encoding": "chunked" },
    }));
    const error = await failureOf(downloadRecording(twilio.url, { maxSize: "1" }));
    expect(error.message).toContain("larger than 1 MB");
  });

  // Scripted: a chunked answer without Content-Length; the sandbox always sends a length.
  it("reads a file without Content-Length whole when it fits", async () => {
    const twilio = await serve(() => ({
      status: 200,
      body: BINARY,
      headers: { "Content-Type": "audio/mpeg", "Transfer-Encoding": "chunked" },
    }));
    expect((await downloadRecording(twilio.url)).data.equals(BINARY)).toBe(true);
  });

  it("turns Twilio's JSON error into what to fix", async () => {
    // No recording with that SID: the sandbox answers Twilio's 20404.
    const error = await failureOf(downloadRecording(shared.sandbox.url));
    expect(error.message).toContain("Twilio error 20404 (HTTP 404)");
    expect(error.message).toContain("Check the SID");
  });

  it("retries a download Twilio answered with 503", async () => {
    await seedRecording();
    shared.sandbox.faults.set([{ kind: "refused", code: 20503, method: "GET", path: "/Recordings/", times: 1 }]);
    expect((await downloadRecording(shared.sandbox.url)).data.equals(AUDIO)).toBe(true);
    expect(shared.sandbox.requests).toHaveLength(2);
  });

  // Scripted: a redirect loop, which the sandbox never answers.
  it("gives up on a redirect loop", async () => {
    const twilio = await serve((request) => ({ status: 302, headers: { Location: `${request.path}x` } }));
    const error = await failureOf(downloadRecording(twilio.url));
    expect(error.message).toContain("redirected it more than 5 times");
    expect(twilio.requests).toHaveLength(6);
  });
});

/** A message with one media file, sent through the component to the sandbox at `baseUrl`: its SID. */
const sentWithMedia = async (baseUrl: string, message: string, mediaUrl: string) =>
  (
    (await harness.action("sendSMS", {
      twilioConnection: authTokenConnection(baseUrl),
      to: "+15558675310",
      from: "+15017122661",
      message,
      mediaUrls: [mediaUrl],
    })) as { data: { sid: string } }
  ).data.sid;

describe("message media", () => {
  it("lists a message's media against Twilio's official spec", async () => {
    const messageSid = await sentWithMedia(shared.sandbox.url, "The photo", "https://example.com/photo.jpg");
    const { data } = (await harness.action("listMessageMedia", {
      twilioConnection: authTokenConnection(shared.sandbox.url),
      sid: messageSid,
    })) as { data: { media: { sid: string; contentType: string }[] } };
    expect(data.media[0].sid).toMatch(/^ME/);
    expect(data.media[0].contentType).toBe("image/jpeg");
  });

  it("asks Twilio for the media list of exactly that message", async () => {
    const messageSid = await sentWithMedia(shared.sandbox.url, "The chart", "https://example.com/chart.png");
    shared.sandbox.requests.length = 0;
    const { data } = (await harness.action("listMessageMedia", {
      twilioConnection: authTokenConnection(shared.sandbox.url),
      sid: messageSid,
    })) as {
      data: { media: Record<string, unknown>[] };
    };
    expect(data.media).toMatchObject([
      { sid: expect.stringMatching(/^ME/), parentSid: messageSid, contentType: "image/png", accountSid: ACCOUNT_SID },
    ]);
    expect(shared.sandbox.requests[0].path).toBe(`/2010-04-01/Accounts/${ACCOUNT_SID}/Messages/${messageSid}/Media.json`);
  });

  it.each([
    [{ messageSid: "MM1", mediaSid: MEDIA_SID }, "Message SID"],
    [{ messageSid: MESSAGE_SID, mediaSid: `ME${"0".repeat(31)}/` }, "Media SID"],
  ])("refuses a wrong SID before any request", async (params, input) => {
    const error = await failureOf(
      harness.action("downloadMessageMedia", { twilioConnection: authTokenConnection("http://127.0.0.1:9"), ...params }),
    );
    expect(error.message).toContain(`Input "${input}"`);
  });
});

describe("one keep-alive agent per credential", () => {
  const certificate = makeLoopbackCertificate();
  const trusted = process.env.TWILIO_CA_BUNDLE;
  let secure: TestSandbox;
  let media: { messageSid: string; mediaSid: string };
  beforeAll(async () => {
    // twilio-node's agent reads TWILIO_CA_BUNDLE when a client is built: the clients of this block trust the loopback certificate.
    process.env.TWILIO_CA_BUNDLE = certificate.certFile;
    secure = await startTestSandbox({ tls: certificate, tickMs: 0 });
    await secure.control("POST", "recordings/seed", { AccountSid: ACCOUNT_SID, Sid: RECORDING_SID });
    const messageSid = await sentWithMedia(secure.url, "The photo", "https://example.com/photo.jpg");
    const listed = (await harness.action("listMessageMedia", {
      twilioConnection: authTokenConnection(secure.url),
      sid: messageSid,
    })) as {
      data: { media: { sid: string }[] };
    };
    media = { messageSid, mediaSid: listed.data.media[0].sid };
  });
  afterAll(async () => {
    if (trusted === undefined) delete process.env.TWILIO_CA_BUNDLE;
    else process.env.TWILIO_CA_BUNDLE = trusted;
    await secure.close();
    certificate.remove();
  });

  it("carries downloads, twilio-node's requests and raw requests of one credential over one TLS connection; another credential opens its own", async () => {
    // The second credential is the account's API key: the sandbox knows it, as Twilio knows every credential of an account.
    const steps = (twilioConnection: ReturnType<typeof authTokenConnection>) => [
      () => harness.action("downloadRecording", { twilioConnection, sid: RECORDING_SID }),
      () => harness.action("downloadMessageMedia", { twilioConnection, ...media }),
      () => harness.action("getRecording", { twilioConnection, sid: RECORDING_SID }),
      () => harness.action("rawRequest", { twilioConnection, method: "GET", url: "/Accounts/{AccountSid}/Recordings.json" }),
      () => harness.action("downloadRecording", { twilioConnection, sid: RECORDING_SID, format: "wav" }),
    ];
    // The setup above ran on the first credential's agent: its one connection carries these steps too.
    secure.requests.length = 0;
    for (const step of steps(authTokenConnection(secure.url))) await step();
    expect(secure.requests).toHaveLength(5);
    expect(secure.connections).toBe(1);
    for (const step of steps(apiKeyConnection(secure.url))) await step();
    expect(secure.requests).toHaveLength(10);
    expect(secure.connections).toBe(2);
  });
});
