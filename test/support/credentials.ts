/** The tests' Twilio account: what the harness's connections send and the sandbox accepts. */
export const ACCOUNT_SID = `AC${"0123456789abcdef".repeat(2)}`;
export const AUTH_TOKEN = "f1e2d3c4b5a697887766554433221100";
export const API_KEY = `SK${"fedcba9876543210".repeat(2)}`;
export const API_SECRET = "apiSecretValue-7c1b9e2d4f6a8b0c";
