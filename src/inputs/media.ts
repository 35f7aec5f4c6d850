import { input } from "@prismatic-io/spectral";
import { checkedSid } from "../client/identifiers/sids";
import { optionalText } from "./clean";

export const mediaSid = input({
  label: "Media SID",
  type: "string",
  required: true,
  example: "ME557ce644e5ab84fa21cc21112e22c485",
  comments:
    "The SID of one media item (ME...) of the message, as List Message Media returns it. In an incoming-message webhook it is the last part of MediaUrl0, MediaUrl1...",
  clean: (value: unknown): string => checkedSid("media", optionalText(value) ?? "", "Media SID"),
});
