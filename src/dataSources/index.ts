import { selectCall } from "./selectCall";
import { selectContentTemplate } from "./selectContentTemplate";
import { selectConversation } from "./selectConversation";
import { selectConversationService } from "./selectConversationService";
import { selectEventTypes } from "./selectEventTypes";
import { selectIntelligenceService } from "./selectIntelligenceService";
import { selectMessage } from "./selectMessage";
import { selectMessagingService } from "./selectMessagingService";
import { selectPhoneNumber } from "./selectPhoneNumber";
import { selectRecording } from "./selectRecording";
import { selectStudioFlow } from "./selectStudioFlow";
import { selectSyncService } from "./selectSyncService";
import { selectVerifyService } from "./selectVerifyService";

export const dataSources = {
  selectMessage,
  selectPhoneNumber,
  selectMessagingService,
  selectVerifyService,
  selectContentTemplate,
  selectStudioFlow,
  selectCall,
  selectRecording,
  selectSyncService,
  selectIntelligenceService,
  selectConversation,
  selectConversationService,
  selectEventTypes,
};
