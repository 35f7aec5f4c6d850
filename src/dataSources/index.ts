import { selectCall } from "./selectCall";
import { selectContentTemplate } from "./selectContentTemplate";
import { selectConversation } from "./selectConversation";
import { selectConversationService } from "./selectConversationService";
import { selectEventTypes } from "./selectEventTypes";
import { selectMessage } from "./selectMessage";
import { selectMessagingService } from "./selectMessagingService";
import { selectPhoneNumber } from "./selectPhoneNumber";
import { selectRecording } from "./selectRecording";
import { selectStudioFlow } from "./selectStudioFlow";
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
  selectConversation,
  selectConversationService,
  selectEventTypes,
};
