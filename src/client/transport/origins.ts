/**
 * One constant per Twilio API origin the component talks to. twilio-node builds regional and
 * edge host names from these (api.dublin.ie1.twilio.com); the HTTP client maps them all onto a
 * connection's Base URL when one is set.
 */
export const TWILIO_ORIGINS = {
  api: "https://api.twilio.com",
  messaging: "https://messaging.twilio.com",
  lookups: "https://lookups.twilio.com",
  verify: "https://verify.twilio.com",
  content: "https://content.twilio.com",
  studio: "https://studio.twilio.com",
  events: "https://events.twilio.com",
  sync: "https://sync.twilio.com",
  intelligence: "https://intelligence.twilio.com",
  monitor: "https://monitor.twilio.com",
  conversations: "https://conversations.twilio.com",
  pricing: "https://pricing.twilio.com",
} as const;

/** The REST API's own version segment: raw request paths without it are read relative to it. */
export const API_VERSION_PATH = "/2010-04-01";

/** https://{product}[.{edge}][.{region}].twilio.com followed by the path; the product is the first label. */
const TWILIO_URL = /^https:\/\/([a-z0-9-]+)((?:\.[a-z0-9-]+)*)\.twilio\.com(?=[/?#]|$)/;

/** Any host under twilio.com: where Twilio credentials may go. */
const TWILIO_HOST = /^([a-z0-9-]+\.)*twilio\.com$/;

export function isTwilioHost(hostname: string): boolean {
  return TWILIO_HOST.test(hostname);
}

/**
 * Whether the connection's credentials may go to `url`: Twilio over https, or the connection's
 * Base URL when it has one. Nowhere else, whoever redirects there.
 */
export function mayCarryCredentials(url: URL, baseUrl: string | undefined): boolean {
  if (url.username || url.password) return false;
  if (baseUrl) {
    const base = new URL(baseUrl);
    const prefix = base.pathname.replace(/\/$/, "");
    return url.origin === base.origin && (url.pathname === prefix || url.pathname.startsWith(`${prefix}/`));
  }
  return url.protocol === "https:" && isTwilioHost(url.hostname);
}

/**
 * Where a Twilio URL goes when the connection has a Base URL: one server stands in for every
 * Twilio host. The REST API (api.twilio.com) maps to the Base URL itself, so a server of the
 * 2010-04-01 API needs no prefix; every other host maps to a path prefix named after its first
 * label, so https://messaging.twilio.com/v1/Services becomes {Base URL}/messaging/v1/Services
 * and two products with the same path (/v1/Services on messaging and on chat) never meet.
 * A URL that is not on a Twilio host is returned unchanged.
 */
export function toBaseUrl(uri: string, baseUrl: string): string {
  const match = TWILIO_URL.exec(uri);
  if (!match) return uri;
  const product = match[1];
  const prefix = product === "api" ? baseUrl : `${baseUrl}/${product}`;
  return `${prefix}${uri.slice(match[0].length)}`;
}
