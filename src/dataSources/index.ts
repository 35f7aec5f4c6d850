import { lazyTable } from "../lazyTable";
import type { selectCall } from "./selectCall";
import type { selectContentTemplate } from "./selectContentTemplate";
import type { selectConversation } from "./selectConversation";
import type { selectConversationService } from "./selectConversationService";
import type { selectEventTypes } from "./selectEventTypes";
import type { selectIntelligenceService } from "./selectIntelligenceService";
import type { selectMessage } from "./selectMessage";
import type { selectMessagingService } from "./selectMessagingService";
import type { selectPhoneNumber } from "./selectPhoneNumber";
import type { selectRecording } from "./selectRecording";
import type { selectStudioFlow } from "./selectStudioFlow";
import type { selectSyncService } from "./selectSyncService";
import type { selectVerifyService } from "./selectVerifyService";

/** Every data source by key; each module is loaded when its data source is first read (see lazyTable). */
export const dataSources = lazyTable({
  selectMessage: (): typeof selectMessage => require("./selectMessage").selectMessage,
  selectPhoneNumber: (): typeof selectPhoneNumber => require("./selectPhoneNumber").selectPhoneNumber,
  selectMessagingService: (): typeof selectMessagingService => require("./selectMessagingService").selectMessagingService,
  selectVerifyService: (): typeof selectVerifyService => require("./selectVerifyService").selectVerifyService,
  selectContentTemplate: (): typeof selectContentTemplate => require("./selectContentTemplate").selectContentTemplate,
  selectStudioFlow: (): typeof selectStudioFlow => require("./selectStudioFlow").selectStudioFlow,
  selectCall: (): typeof selectCall => require("./selectCall").selectCall,
  selectRecording: (): typeof selectRecording => require("./selectRecording").selectRecording,
  selectSyncService: (): typeof selectSyncService => require("./selectSyncService").selectSyncService,
  selectIntelligenceService: (): typeof selectIntelligenceService => require("./selectIntelligenceService").selectIntelligenceService,
  selectConversation: (): typeof selectConversation => require("./selectConversation").selectConversation,
  selectConversationService: (): typeof selectConversationService => require("./selectConversationService").selectConversationService,
  selectEventTypes: (): typeof selectEventTypes => require("./selectEventTypes").selectEventTypes,
});
