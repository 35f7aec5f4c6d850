import { getSMS } from "./messages/getSMS";
import { listMessages } from "./messages/listMessages";
import { sendSMS } from "./messages/sendSMS";
import { rawRequest } from "./raw/rawRequest";

export const actions = { sendSMS, getSMS, listMessages, rawRequest };
