import type { Element } from "@prismatic-io/spectral";
import { byLabel, PICKLIST_LIMIT } from "../picklists";
import type { TwilioClient } from "../twilioClient";

export async function messagingServiceChoices(client: TwilioClient): Promise<Element[]> {
  const page = await client.messagingServices.page({
    pageSize: PICKLIST_LIMIT,
  });
  return page.instances
    .map((service) => ({
      key: service.sid,
      label: `${service.friendlyName || "Unnamed service"} (${service.sid})`,
    }))
    .sort(byLabel);
}
