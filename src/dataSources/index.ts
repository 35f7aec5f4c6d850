import { selectMessage } from "./selectMessage";
import { selectMessagingService } from "./selectMessagingService";
import { selectPhoneNumber } from "./selectPhoneNumber";
import { selectVerifyService } from "./selectVerifyService";

export const dataSources = {
  selectMessage,
  selectPhoneNumber,
  selectMessagingService,
  selectVerifyService,
};
