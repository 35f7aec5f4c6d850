import { selectCall } from "./selectCall";
import { selectMessage } from "./selectMessage";
import { selectMessagingService } from "./selectMessagingService";
import { selectPhoneNumber } from "./selectPhoneNumber";
import { selectRecording } from "./selectRecording";

export const dataSources = {
  selectMessage,
  selectPhoneNumber,
  selectMessagingService,
  selectCall,
  selectRecording,
};
