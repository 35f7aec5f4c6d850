import { selectCall } from "./selectCall";
import { selectMessage } from "./selectMessage";
import { selectMessagingService } from "./selectMessagingService";
import { selectPhoneNumber } from "./selectPhoneNumber";

export const dataSources = {
  selectMessage,
  selectPhoneNumber,
  selectMessagingService,
  selectCall,
};
