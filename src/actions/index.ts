import { lazyTable } from "../lazyTable";
import type { testConnection } from "./account/testConnection";
import type { createSubaccount } from "./accounts/createSubaccount";
import type { getSubaccount } from "./accounts/getSubaccount";
import type { listSubaccounts } from "./accounts/listSubaccounts";
import type { updateSubaccount } from "./accounts/updateSubaccount";
import type { getContentTemplate } from "./content/getContentTemplate";
import type { listContentTemplates } from "./content/listContentTemplates";
import type { addConversationParticipant } from "./conversations/addConversationParticipant";
import type { createConversation } from "./conversations/createConversation";
import type { deleteConversation } from "./conversations/deleteConversation";
import type { getConversation } from "./conversations/getConversation";
import type { listConversationMessages } from "./conversations/listConversationMessages";
import type { listConversationParticipants } from "./conversations/listConversationParticipants";
import type { listConversations } from "./conversations/listConversations";
import type { removeConversationParticipant } from "./conversations/removeConversationParticipant";
import type { sendConversationMessage } from "./conversations/sendConversationMessage";
import type { updateConversation } from "./conversations/updateConversation";
import type { createTranscript } from "./intelligence/createTranscript";
import type { getTranscript } from "./intelligence/getTranscript";
import type { listTranscripts } from "./intelligence/listTranscripts";
import type { lookupPhoneNumber } from "./lookup/lookupPhoneNumber";
import type { cancelScheduledMessage } from "./messages/cancelScheduledMessage";
import type { deleteMessage } from "./messages/deleteMessage";
import type { downloadMessageMedia } from "./messages/downloadMessageMedia";
import type { getSMS } from "./messages/getSMS";
import type { listMessageMedia } from "./messages/listMessageMedia";
import type { listMessages } from "./messages/listMessages";
import type { redactMessage } from "./messages/redactMessage";
import type { sendBulkSMS } from "./messages/sendBulkSMS";
import type { sendSMS } from "./messages/sendSMS";
import type { waitForReply } from "./messages/waitForReply";
import type { listAlerts } from "./monitor/listAlerts";
import type { addNumberToMessagingService } from "./numbers/addNumberToMessagingService";
import type { buyPhoneNumber } from "./numbers/buyPhoneNumber";
import type { checkSenderCompliance } from "./numbers/checkSenderCompliance";
import type { releasePhoneNumber } from "./numbers/releasePhoneNumber";
import type { removeNumberFromMessagingService } from "./numbers/removeNumberFromMessagingService";
import type { searchAvailablePhoneNumbers } from "./numbers/searchAvailablePhoneNumbers";
import type { updatePhoneNumber } from "./numbers/updatePhoneNumber";
import type { listPhoneNumbers } from "./phoneNumbers/listPhoneNumbers";
import type { rawRequest } from "./raw/rawRequest";
import type { getStudioExecution } from "./studio/getStudioExecution";
import type { triggerStudioFlow } from "./studio/triggerStudioFlow";
import type { getAccountBalance } from "./usage/getAccountBalance";
import type { listUsageRecords } from "./usage/listUsageRecords";
import type { cancelVerification } from "./verify/cancelVerification";
import type { checkVerification } from "./verify/checkVerification";
import type { createVerifyService } from "./verify/createVerifyService";
import type { listVerifyServices } from "./verify/listVerifyServices";
import type { sendVerification } from "./verify/sendVerification";
import type { deleteCall } from "./voice/deleteCall";
import type { deleteRecording } from "./voice/deleteRecording";
import type { downloadRecording } from "./voice/downloadRecording";
import type { getCall } from "./voice/getCall";
import type { getRecording } from "./voice/getRecording";
import type { listCalls } from "./voice/listCalls";
import type { listRecordings } from "./voice/listRecordings";
import type { makeCall } from "./voice/makeCall";
import type { updateCall } from "./voice/updateCall";

/** Every action by key; each module is loaded when its action is first read (see lazyTable). */
export const actions = lazyTable({
  sendSMS: (): typeof sendSMS => require("./messages/sendSMS").sendSMS,
  sendBulkSMS: (): typeof sendBulkSMS => require("./messages/sendBulkSMS").sendBulkSMS,
  getSMS: (): typeof getSMS => require("./messages/getSMS").getSMS,
  listMessages: (): typeof listMessages => require("./messages/listMessages").listMessages,
  waitForReply: (): typeof waitForReply => require("./messages/waitForReply").waitForReply,
  cancelScheduledMessage: (): typeof cancelScheduledMessage => require("./messages/cancelScheduledMessage").cancelScheduledMessage,
  redactMessage: (): typeof redactMessage => require("./messages/redactMessage").redactMessage,
  deleteMessage: (): typeof deleteMessage => require("./messages/deleteMessage").deleteMessage,
  listPhoneNumbers: (): typeof listPhoneNumbers => require("./phoneNumbers/listPhoneNumbers").listPhoneNumbers,
  searchAvailablePhoneNumbers: (): typeof searchAvailablePhoneNumbers =>
    require("./numbers/searchAvailablePhoneNumbers").searchAvailablePhoneNumbers,
  buyPhoneNumber: (): typeof buyPhoneNumber => require("./numbers/buyPhoneNumber").buyPhoneNumber,
  updatePhoneNumber: (): typeof updatePhoneNumber => require("./numbers/updatePhoneNumber").updatePhoneNumber,
  releasePhoneNumber: (): typeof releasePhoneNumber => require("./numbers/releasePhoneNumber").releasePhoneNumber,
  addNumberToMessagingService: (): typeof addNumberToMessagingService =>
    require("./numbers/addNumberToMessagingService").addNumberToMessagingService,
  removeNumberFromMessagingService: (): typeof removeNumberFromMessagingService =>
    require("./numbers/removeNumberFromMessagingService").removeNumberFromMessagingService,
  checkSenderCompliance: (): typeof checkSenderCompliance => require("./numbers/checkSenderCompliance").checkSenderCompliance,
  testConnection: (): typeof testConnection => require("./account/testConnection").testConnection,
  rawRequest: (): typeof rawRequest => require("./raw/rawRequest").rawRequest,
  lookupPhoneNumber: (): typeof lookupPhoneNumber => require("./lookup/lookupPhoneNumber").lookupPhoneNumber,
  sendVerification: (): typeof sendVerification => require("./verify/sendVerification").sendVerification,
  checkVerification: (): typeof checkVerification => require("./verify/checkVerification").checkVerification,
  cancelVerification: (): typeof cancelVerification => require("./verify/cancelVerification").cancelVerification,
  listVerifyServices: (): typeof listVerifyServices => require("./verify/listVerifyServices").listVerifyServices,
  createVerifyService: (): typeof createVerifyService => require("./verify/createVerifyService").createVerifyService,
  listContentTemplates: (): typeof listContentTemplates => require("./content/listContentTemplates").listContentTemplates,
  getContentTemplate: (): typeof getContentTemplate => require("./content/getContentTemplate").getContentTemplate,
  triggerStudioFlow: (): typeof triggerStudioFlow => require("./studio/triggerStudioFlow").triggerStudioFlow,
  getStudioExecution: (): typeof getStudioExecution => require("./studio/getStudioExecution").getStudioExecution,
  makeCall: (): typeof makeCall => require("./voice/makeCall").makeCall,
  getCall: (): typeof getCall => require("./voice/getCall").getCall,
  listCalls: (): typeof listCalls => require("./voice/listCalls").listCalls,
  updateCall: (): typeof updateCall => require("./voice/updateCall").updateCall,
  deleteCall: (): typeof deleteCall => require("./voice/deleteCall").deleteCall,
  listRecordings: (): typeof listRecordings => require("./voice/listRecordings").listRecordings,
  getRecording: (): typeof getRecording => require("./voice/getRecording").getRecording,
  downloadRecording: (): typeof downloadRecording => require("./voice/downloadRecording").downloadRecording,
  deleteRecording: (): typeof deleteRecording => require("./voice/deleteRecording").deleteRecording,
  listMessageMedia: (): typeof listMessageMedia => require("./messages/listMessageMedia").listMessageMedia,
  downloadMessageMedia: (): typeof downloadMessageMedia => require("./messages/downloadMessageMedia").downloadMessageMedia,
  createSubaccount: (): typeof createSubaccount => require("./accounts/createSubaccount").createSubaccount,
  listSubaccounts: (): typeof listSubaccounts => require("./accounts/listSubaccounts").listSubaccounts,
  getSubaccount: (): typeof getSubaccount => require("./accounts/getSubaccount").getSubaccount,
  updateSubaccount: (): typeof updateSubaccount => require("./accounts/updateSubaccount").updateSubaccount,
  listUsageRecords: (): typeof listUsageRecords => require("./usage/listUsageRecords").listUsageRecords,
  getAccountBalance: (): typeof getAccountBalance => require("./usage/getAccountBalance").getAccountBalance,
  createTranscript: (): typeof createTranscript => require("./intelligence/createTranscript").createTranscript,
  getTranscript: (): typeof getTranscript => require("./intelligence/getTranscript").getTranscript,
  listTranscripts: (): typeof listTranscripts => require("./intelligence/listTranscripts").listTranscripts,
  listAlerts: (): typeof listAlerts => require("./monitor/listAlerts").listAlerts,
  createConversation: (): typeof createConversation => require("./conversations/createConversation").createConversation,
  getConversation: (): typeof getConversation => require("./conversations/getConversation").getConversation,
  listConversations: (): typeof listConversations => require("./conversations/listConversations").listConversations,
  updateConversation: (): typeof updateConversation => require("./conversations/updateConversation").updateConversation,
  deleteConversation: (): typeof deleteConversation => require("./conversations/deleteConversation").deleteConversation,
  addConversationParticipant: (): typeof addConversationParticipant =>
    require("./conversations/addConversationParticipant").addConversationParticipant,
  listConversationParticipants: (): typeof listConversationParticipants =>
    require("./conversations/listConversationParticipants").listConversationParticipants,
  removeConversationParticipant: (): typeof removeConversationParticipant =>
    require("./conversations/removeConversationParticipant").removeConversationParticipant,
  sendConversationMessage: (): typeof sendConversationMessage => require("./conversations/sendConversationMessage").sendConversationMessage,
  listConversationMessages: (): typeof listConversationMessages =>
    require("./conversations/listConversationMessages").listConversationMessages,
});
