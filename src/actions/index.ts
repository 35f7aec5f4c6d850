import { testConnection } from "./account/testConnection";
import { getContentTemplate } from "./content/getContentTemplate";
import { listContentTemplates } from "./content/listContentTemplates";
import { lookupPhoneNumber } from "./lookup/lookupPhoneNumber";
import { cancelScheduledMessage } from "./messages/cancelScheduledMessage";
import { deleteMessage } from "./messages/deleteMessage";
import { downloadMessageMedia } from "./messages/downloadMessageMedia";
import { getSMS } from "./messages/getSMS";
import { listMessageMedia } from "./messages/listMessageMedia";
import { listMessages } from "./messages/listMessages";
import { redactMessage } from "./messages/redactMessage";
import { sendBulkSMS } from "./messages/sendBulkSMS";
import { sendSMS } from "./messages/sendSMS";
import { waitForReply } from "./messages/waitForReply";
import { addNumberToMessagingService } from "./numbers/addNumberToMessagingService";
import { buyPhoneNumber } from "./numbers/buyPhoneNumber";
import { checkSenderCompliance } from "./numbers/checkSenderCompliance";
import { releasePhoneNumber } from "./numbers/releasePhoneNumber";
import { removeNumberFromMessagingService } from "./numbers/removeNumberFromMessagingService";
import { searchAvailablePhoneNumbers } from "./numbers/searchAvailablePhoneNumbers";
import { updatePhoneNumber } from "./numbers/updatePhoneNumber";
import { listPhoneNumbers } from "./phoneNumbers/listPhoneNumbers";
import { rawRequest } from "./raw/rawRequest";
import { getStudioExecution } from "./studio/getStudioExecution";
import { triggerStudioFlow } from "./studio/triggerStudioFlow";
import { cancelVerification } from "./verify/cancelVerification";
import { checkVerification } from "./verify/checkVerification";
import { createVerifyService } from "./verify/createVerifyService";
import { listVerifyServices } from "./verify/listVerifyServices";
import { sendVerification } from "./verify/sendVerification";
import { deleteRecording } from "./voice/deleteRecording";
import { downloadRecording } from "./voice/downloadRecording";
import { getCall } from "./voice/getCall";
import { getRecording } from "./voice/getRecording";
import { listCalls } from "./voice/listCalls";
import { listRecordings } from "./voice/listRecordings";
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
  searchAvailablePhoneNumbers,
  buyPhoneNumber,
  updatePhoneNumber,
  releasePhoneNumber,
  addNumberToMessagingService,
  removeNumberFromMessagingService,
  checkSenderCompliance,
  testConnection,
  rawRequest,
  lookupPhoneNumber,
  sendVerification,
  checkVerification,
  cancelVerification,
  listVerifyServices,
  createVerifyService,
  listContentTemplates,
  getContentTemplate,
  triggerStudioFlow,
  getStudioExecution,
  makeCall,
  getCall,
  listCalls,
  updateCall,
  listRecordings,
  getRecording,
  downloadRecording,
  deleteRecording,
  listMessageMedia,
  downloadMessageMedia,
};
