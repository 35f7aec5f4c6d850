import { testConnection } from "./account/testConnection";
import { createSubaccount } from "./accounts/createSubaccount";
import { getSubaccount } from "./accounts/getSubaccount";
import { listSubaccounts } from "./accounts/listSubaccounts";
import { updateSubaccount } from "./accounts/updateSubaccount";
import { getContentTemplate } from "./content/getContentTemplate";
import { listContentTemplates } from "./content/listContentTemplates";
import { addConversationParticipant } from "./conversations/addConversationParticipant";
import { createConversation } from "./conversations/createConversation";
import { deleteConversation } from "./conversations/deleteConversation";
import { getConversation } from "./conversations/getConversation";
import { listConversationMessages } from "./conversations/listConversationMessages";
import { listConversationParticipants } from "./conversations/listConversationParticipants";
import { listConversations } from "./conversations/listConversations";
import { removeConversationParticipant } from "./conversations/removeConversationParticipant";
import { sendConversationMessage } from "./conversations/sendConversationMessage";
import { updateConversation } from "./conversations/updateConversation";
import { createTranscript } from "./intelligence/createTranscript";
import { getTranscript } from "./intelligence/getTranscript";
import { listTranscripts } from "./intelligence/listTranscripts";
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
import { listAlerts } from "./monitor/listAlerts";
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
import { getAccountBalance } from "./usage/getAccountBalance";
import { listUsageRecords } from "./usage/listUsageRecords";
import { cancelVerification } from "./verify/cancelVerification";
import { checkVerification } from "./verify/checkVerification";
import { createVerifyService } from "./verify/createVerifyService";
import { listVerifyServices } from "./verify/listVerifyServices";
import { sendVerification } from "./verify/sendVerification";
import { deleteCall } from "./voice/deleteCall";
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
  deleteCall,
  listRecordings,
  getRecording,
  downloadRecording,
  deleteRecording,
  listMessageMedia,
  downloadMessageMedia,
  createSubaccount,
  listSubaccounts,
  getSubaccount,
  updateSubaccount,
  listUsageRecords,
  getAccountBalance,
  createTranscript,
  getTranscript,
  listTranscripts,
  listAlerts,
  createConversation,
  getConversation,
  listConversations,
  updateConversation,
  deleteConversation,
  addConversationParticipant,
  listConversationParticipants,
  removeConversationParticipant,
  sendConversationMessage,
  listConversationMessages,
};
