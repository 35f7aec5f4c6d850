import { identity, participantAddress, participantSid, proxyAddress, toNewParticipant } from "../../src/inputs/conversationParticipants";
import { refusal } from "../support/refusal";

describe("participant inputs", () => {
  it("Address: a number or whatsapp: address, punctuation removed", () => {
    expect(participantAddress.clean?.("+1 (555) 867-5310")).toBe("+15558675310");
    expect(participantAddress.clean?.("whatsapp:+15558675310")).toBe("whatsapp:+15558675310");
    expect(participantAddress.clean?.("")).toBeUndefined();
    expect(refusal(() => participantAddress.clean?.("jane"))).toMatch(/^Input "Address"/);
  });

  it("Proxy Address: a Twilio number or whatsapp: sender, never a Messaging Service", () => {
    expect(proxyAddress.clean?.("+15017122661")).toBe("+15017122661");
    expect(refusal(() => proxyAddress.clean?.(`MG${"a".repeat(32)}`))).toMatch(
      /^Input "Proxy Address": expected a Twilio phone number or whatsapp: sender, not a Messaging Service/,
    );
  });

  it("Identity: at most 256 characters; Participant SID: an MB SID", () => {
    expect(identity.clean?.("agent.jane")).toBe("agent.jane");
    expect(refusal(() => identity.clean?.("x".repeat(257)))).toMatch(/^Input "Identity": expected at most 256 characters/);
    expect(participantSid.clean?.(`MB${"a".repeat(32)}`)).toBe(`MB${"a".repeat(32)}`);
    expect(refusal(() => participantSid.clean?.("../MB1"))).toMatch(/^Input "Participant SID"/);
  });
});

describe("toNewParticipant", () => {
  it("is a chat participant by Identity, or an SMS/WhatsApp one by Address and Proxy Address", () => {
    expect(toNewParticipant({ identity: "agent.jane" })).toEqual({ identity: "agent.jane" });
    expect(toNewParticipant({ address: "+15558675310", proxyAddress: "+15017122661" })).toEqual({
      address: "+15558675310",
      proxyAddress: "+15017122661",
    });
    expect(toNewParticipant({ address: "whatsapp:+15558675310", proxyAddress: "whatsapp:+15017122661" })).toMatchObject({
      address: "whatsapp:+15558675310",
    });
  });

  it.each<[Parameters<typeof toNewParticipant>[0], RegExp]>([
    [{ identity: "jane", address: "+15558675310" }, /^Input "Identity": expected to be empty when Address and Proxy Address are set/],
    [{}, /^Input "Address": expected a phone number or whatsapp: address, or an Identity/],
    [{ address: "+15558675310" }, /^Input "Proxy Address": expected the Twilio number the Address is reached through/],
    [
      { address: "whatsapp:+15558675310", proxyAddress: "+15017122661" },
      /^Input "Proxy Address": expected a whatsapp: sender on the same channel as Address/,
    ],
    [
      { address: "+15558675310", proxyAddress: "whatsapp:+15017122661" },
      /^Input "Proxy Address": expected a phone number on the same channel/,
    ],
  ])("refuses %j", (values, message) => {
    expect(refusal(() => toNewParticipant(values))).toMatch(message);
  });
});
