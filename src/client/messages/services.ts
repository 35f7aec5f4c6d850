import type { Element } from "@prismatic-io/spectral";
import type MessagingV1 from "twilio/lib/rest/messaging/V1";
import type { ServiceListInstance } from "twilio/lib/rest/messaging/v1/service";
import { byLabel, PICKLIST_LIMIT } from "../picklists";
import { TWILIO_ORIGINS } from "../transport/origins";
import type { TwilioClient } from "../twilioClient";

/** Messaging Services live on messaging.twilio.com; only the picker and service settings need them. */
export function messagingServices(client: TwilioClient): Promise<ServiceListInstance> {
  return client.product("messagingServices", async (version) => {
    const { ServiceListInstance } = await import(/* webpackChunkName: "messaging-services" */ "twilio/lib/rest/messaging/v1/service");
    return ServiceListInstance(version(TWILIO_ORIGINS.messaging, "v1") as MessagingV1);
  });
}

export async function messagingServiceChoices(client: TwilioClient): Promise<Element[]> {
  const page = await (await messagingServices(client)).page({
    pageSize: PICKLIST_LIMIT,
  });
  return page.instances
    .map((service) => ({
      key: service.sid,
      label: `${service.friendlyName || "Unnamed service"} (${service.sid})`,
    }))
    .sort(byLabel);
}
