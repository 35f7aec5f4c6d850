import { downloadMessageMedia, listMessageMedia, mediaFileName } from "../../../src/client/media/media";
import { InputError } from "../../../src/client/transport/errors";
import { getTwilioClient } from "../../../src/client/twilioClient";
import { authTokenConnection, failureOf } from "../../support/harness";
import { sandboxPerCase } from "../../support/sandbox";

describe("mediaFileName", () => {
  it("names the file by its media SID, with the extension of a common content type", () => {
    expect(mediaFileName("ME1", "image/jpeg")).toBe("ME1.jpg");
    expect(mediaFileName("ME1", "Image/PNG")).toBe("ME1.png");
    expect(mediaFileName("ME1", "text/x-vcard")).toBe("ME1.vcf");
    expect(mediaFileName("ME1", "application/x-unknown")).toBe("ME1");
  });
});

/** A message's media through twilio-node and the client's download, on the sandbox (2010-04-01, spec-checked). */
describe("message media", () => {
  const on = sandboxPerCase();
  const client = () => getTwilioClient(authTokenConnection(on.sandbox.url));
  const sendWithMedia = async () =>
    (
      await client().messages.create({
        to: "+15558675310",
        from: "+15017122661",
        mediaUrl: ["https://demo.twilio.com/owl.png", "https://demo.twilio.com/menu.pdf"],
      })
    ).sid;

  it("lists a message's media and downloads each as a named file", async () => {
    const messageSid = await sendWithMedia();
    const { media } = await listMessageMedia(client(), messageSid);
    expect(media.map((item) => item.contentType)).toEqual(["image/png", "application/pdf"]);
    const mediaSid = String(media[0].sid);
    const file = await downloadMessageMedia(client(), messageSid, mediaSid, 1024 * 1024);
    expect(file).toEqual({
      data: Buffer.from("sandbox media for https://demo.twilio.com/owl.png"),
      contentType: "image/png",
      fileName: `${mediaSid}.png`,
    });
  });

  it("refuses SIDs that are not a message's or a media's before any request", async () => {
    const checks = [
      failureOf(listMessageMedia(client(), "../Calls")),
      failureOf((async () => downloadMessageMedia(client(), `SM${"0".repeat(32)}`, "ME1/../../x", 1024))()),
    ];
    const [list, download] = await Promise.all(checks);
    expect(list).toBeInstanceOf(InputError);
    expect(list.message).toContain('Input "MessageSid"');
    expect(download.message).toContain('Input "MediaSid"');
    expect(on.sandbox.requests).toEqual([]);
  });
});
