import { authTokenConnection, harness } from "../../support/harness";
import { actionsPerCase, expectRefusedBeforeAnyRequest, recordedCall } from "../support";

describe("Download Recording on the sandbox", () => {
  const on = actionsPerCase();
  const download = async (inputs: Record<string, unknown>) =>
    (await harness.action("downloadRecording", { twilioConnection: authTokenConnection(on.sandbox.url), ...inputs })) as {
      data: Buffer;
      contentType: string;
      headers: Record<string, string>;
    };

  it("downloads the audio as MP3 by default or as WAV, named after the recording", async () => {
    const sid = await recordedCall(on);
    const mp3 = await download({ sid });
    expect(mp3.contentType).toBe("audio/mpeg");
    expect(Buffer.isBuffer(mp3.data)).toBe(true);
    expect(mp3.data.length).toBeGreaterThan(44);
    expect(mp3.headers["Content-Disposition"]).toContain(`${sid}.mp3`);
    const wav = await download({ sid, format: "wav" });
    expect(wav.contentType).toBe("audio/x-wav");
    expect(wav.data.subarray(0, 4).toString()).toBe("RIFF");
    expect(on.sandbox.requests.filter((request) => request.path.endsWith(`/Recordings/${sid}.wav`))).toHaveLength(1);
  });

  it("refuses a format it does not offer, a size out of bounds and a SID that is no recording's before any request", async () => {
    await expectRefusedBeforeAnyRequest(on, [
      ["downloadRecording", { sid: `RE${"0".repeat(32)}`, format: "ogg" }, "Format"],
      ["downloadRecording", { sid: `RE${"0".repeat(32)}`, maxSize: "0" }, "Max Size (MB)"],
      ["downloadRecording", { sid: "RE../../Messages" }, "Recording SID"],
    ]);
  });
});
