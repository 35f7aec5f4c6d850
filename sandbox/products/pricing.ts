import { notFound } from "../core/errors";
import type { ProductFactory } from "../core/types";

/** Monthly phone number prices (pricing.twilio.com v1), per country and number type, as Twilio lists them. */
const PRICES: Record<string, { country: string; prices: [type: string, price: number][] }> = {
  US: {
    country: "United States",
    prices: [
      ["local", 1.15],
      ["toll free", 2.15],
    ],
  },
  CA: { country: "Canada", prices: [["local", 1.15]] },
  GB: {
    country: "United Kingdom",
    prices: [
      ["local", 1.15],
      ["mobile", 1.15],
    ],
  },
};

export const pricing: ProductFactory = () => ({
  name: "pricing",
  spec: "twilio_pricing_v1.json",
  prefix: "/pricing",
  routes: [
    {
      method: "GET",
      path: "/v1/PhoneNumbers/Countries/{IsoCountry}",
      handle: (request) => {
        const iso = request.params.IsoCountry;
        const found = PRICES[iso];
        if (!found) throw notFound(`The requested resource /PhoneNumbers/Countries/${iso}`);
        return {
          status: 200,
          json: {
            country: found.country,
            iso_country: iso,
            phone_number_prices: found.prices.map(([number_type, price]) => ({ number_type, base_price: price, current_price: price })),
            price_unit: "USD",
            url: `https://pricing.twilio.com/v1/PhoneNumbers/Countries/${iso}`,
          },
        };
      },
    },
  ],
});
