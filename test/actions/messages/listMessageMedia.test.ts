import { actionsPerCase, expectRefusedBeforeAnyRequest } from "../support";
import { sendText } from "./support";

describe("List Message Media on the sandbox", () => {
  const on = actionsPerCase();
  const { run } = on;

  it("lists the media the sandbox keeps for a message, and none for a text", async () => {
    const mediaUrls = ["https://demo.twilio.com/owl.png", "https://demo.twilio.com/logo.jpg"];
    const { sid } = await sendText(on, { mediaUrls });
    const kept = on.sandbox.messages.find((message) => message.sid === sid)?.media ?? [];
    expect(kept).toHaveLength(2);
    const { media } = (await run("listMessageMedia", { sid })) as { media: { sid: string; parentSid: string; contentType: string }[] };
    expect(media.map((one) => one.sid).sort()).toEqual(kept.map((one) => one.sid).sort());
    expect(media.every((one) => one.parentSid === sid)).toBe(true);
    expect(media.map((one) => one.contentType).sort()).toEqual(["image/jpeg", "image/png"]);

    const text = await sendText(on);
    expect(await run("listMessageMedia", { sid: text.sid })).toEqual({ media: [] });
  });

  it("refuses a SID that is not a message's before any request", async () => {
    await expectRefusedBeforeAnyRequest(on, [["listMessageMedia", { sid: "MM../Media" }, "Message SID"]]);
  });
});
