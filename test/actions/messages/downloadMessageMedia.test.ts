import { TwilioApiError } from "../../../src/client/transport/errors";
import { authTokenConnection, failureOf, harness } from "../../support/harness";
import { actionsPerCase, expectRefusedBeforeAnyRequest } from "../support";
import { sendText } from "./support";

describe("Download Message Media on the sandbox", () => {
  const on = actionsPerCase();
  const download = async (inputs: Record<string, unknown>) =>
    (await harness.action("downloadMessageMedia", { twilioConnection: authTokenConnection(on.sandbox.url), ...inputs })) as {
      data: Buffer;
      contentType: string;
      headers: Record<string, string>;
    };

  it("downloads one media file of a message with its content type and name; another message's media is Twilio's 20404", async () => {
    const { sid } = await sendText(on, { mediaUrls: ["https://demo.twilio.com/owl.png"] });
    const [media] = on.sandbox.messages.find((message) => message.sid === sid)?.media ?? [];
    const file = await download({ messageSid: sid, mediaSid: media.sid });
    expect(file.data.toString()).toBe("sandbox media for https://demo.twilio.com/owl.png");
    expect(file.contentType).toBe("image/png");
    expect(file.headers["Content-Disposition"]).toContain(media.sid);

    const other = await sendText(on, { mediaUrls: ["https://demo.twilio.com/logo.png"] });
    const elsewhere = await failureOf(download({ messageSid: other.sid, mediaSid: media.sid }));
    expect(elsewhere).toBeInstanceOf(TwilioApiError);
    expect(elsewhere.message).toContain("20404");
  });

  it("refuses a media SID that is none and a size out of bounds before any request", async () => {
    const messageSid = `MM${"0".repeat(32)}`;
    await expectRefusedBeforeAnyRequest(on, [
      ["downloadMessageMedia", { messageSid, mediaSid: "ME1/../../Calls" }, "Media SID"],
      ["downloadMessageMedia", { messageSid, mediaSid: `ME${"0".repeat(32)}`, maxSize: "100000" }, "Max Size (MB)"],
    ]);
  });
});
