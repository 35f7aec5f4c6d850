import { selectContentTemplate } from "./selectContentTemplate";
import { selectMessage } from "./selectMessage";
import { selectMessagingService } from "./selectMessagingService";
import { selectPhoneNumber } from "./selectPhoneNumber";
import { selectStudioFlow } from "./selectStudioFlow";

export const dataSources = {
  selectMessage,
  selectPhoneNumber,
  selectMessagingService,
  selectContentTemplate,
  selectStudioFlow,
};
