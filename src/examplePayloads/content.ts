import type { ContentTemplate, ContentTemplateList } from "../client/content/templates";

export const contentTemplateExample: ContentTemplate = {
  sid: "HXb5b62575e6e4ff6129ad7c8efe1f983e",
  friendlyName: "order_shipped",
  language: "en",
  contentTypes: ["twilio/text"],
  placeholders: ["1", "2"],
  variables: { "1": "Jane", "2": "#1234" },
  approvalStatus: "approved",
  whatsappApproval: { status: "approved", name: "order_shipped", category: "UTILITY", rejectionReason: null },
  types: { "twilio/text": { body: "Hi {{1}}, your order {{2}} has shipped." } },
  dateCreated: "2026-11-02T09:15:00.000Z",
  dateUpdated: "2026-11-03T10:20:00.000Z",
};

export const contentTemplateListExample: ContentTemplateList = {
  templates: [
    contentTemplateExample,
    {
      ...contentTemplateExample,
      sid: "HX15c711fcc6d9ea5268d7ab77938a20ff",
      friendlyName: "appointment_reminder",
      contentTypes: ["twilio/media"],
      placeholders: ["1", "2", "3"],
      variables: { "1": "Jane", "2": "Tuesday", "3": "map.png" },
      approvalStatus: "pending",
      whatsappApproval: { status: "pending", name: "appointment_reminder", category: "UTILITY", rejectionReason: null },
      types: {
        "twilio/media": { body: "Hi {{1}}, see you on {{2}}.", media: ["https://example.com/maps/{{3}}"] },
      },
    },
  ],
  nextPageUri: "/v1/ContentAndApprovals?PageSize=50&Page=1&PageToken=PAHX15c711fcc6d9ea5268d7ab77938a20ff",
  hasMore: true,
};
