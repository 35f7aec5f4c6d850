import { testConnection } from "./account/testConnection";
import { cancelScheduledMessage } from "./messages/cancelScheduledMessage";
import { deleteMessage } from "./messages/deleteMessage";
import { getSMS } from "./messages/getSMS";
import { listMessages } from "./messages/listMessages";
import { redactMessage } from "./messages/redactMessage";
import { sendBulkSMS } from "./messages/sendBulkSMS";
import { sendSMS } from "./messages/sendSMS";
import { waitForReply } from "./messages/waitForReply";
import { listPhoneNumbers } from "./phoneNumbers/listPhoneNumbers";
import { rawRequest } from "./raw/rawRequest";
import { getCall } from "./voice/getCall";
import { listCalls } from "./voice/listCalls";
import { makeCall } from "./voice/makeCall";
import { updateCall } from "./voice/updateCall";

export const actions = {
  sendSMS,
  sendBulkSMS,
  getSMS,
  listMessages,
  waitForReply,
  cancelScheduledMessage,
  redactMessage,
  deleteMessage,
  listPhoneNumbers,
  testConnection,
  rawRequest,
  makeCall,
  getCall,
  listCalls,
  updateCall,
};
