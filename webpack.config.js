const path = require("node:path");
const CopyPlugin = require("copy-webpack-plugin");
const webpack = require("webpack");

const fromModules = (file) => path.resolve(__dirname, "node_modules", file);

/**
 * Spectral's root module re-exports its testing helpers, which pull in jest-mock; neither is
 * used at run time, so both resolve to empty modules and stay out of the production bundle.
 */
const testingOnly = { [fromModules("@prismatic-io/spectral/dist/testing.js")]: false, "jest-mock": false };

/**
 * Modules a component's run time never reaches, each replaced by an empty module. The bundle is
 * loaded by every step of every flow, so its size is load time (`npm run bench` measures both).
 * test/bundle.test.ts loads the built bundle and runs every action, trigger and data source.
 * - zod: spectral's configurationSchema, reached only from convertIntegrationConfiguration, which
 *   only code-native integrations call (about 1 MB unminified).
 * - yaml: spectral's convertIntegration writes a code-native integration's YAML with it.
 * - jsonwebtoken: twilio-node's RequestClient signs requests with it only when given a
 *   `validationClient` (public key client validation), which the client factory never passes.
 */
const unreachableAtRunTime = { zod: false, yaml: false, jsonwebtoken: false };

/**
 * Spectral converts each input of each action with lodash's omit, which deep-clones what it keeps;
 * with plain keys a shallow copy gives the same definition (webpack/shallowOmit.js says why it matters).
 */
const cheaperAtLoad = { "lodash/omit$": path.resolve(__dirname, "webpack", "shallowOmit.js") };

/**
 * Spectral's conditionalLogic requires date-fns' CommonJS index, which requires all of date-fns
 * (about 600 KB) for six functions. Its ES module index is the same code, and lets the minifier
 * keep only the functions that are called.
 */
const treeShakable = { "date-fns$": fromModules("date-fns/index.js") };

/**
 * twilio-node and spectral require axios's CommonJS build; an `import` of axios (the component's
 * own downloads) would resolve to its ES module sources and bundle axios a second time (about 120 KB).
 */
const oneAxios = { axios$: fromModules("axios/dist/node/axios.cjs") };

module.exports = {
  mode: "production",
  target: "node",
  entry: { index: "./src/index.ts" },
  output: {
    path: path.resolve(__dirname, "dist"),
    filename: "[name].js",
    // Each Twilio product beyond messaging is a chunk beside index.js, loaded on its first use (src/client/twilioClient.ts).
    chunkFilename: "[name].js",
    library: { type: "commonjs2" },
    clean: true,
  },
  resolve: {
    extensions: [".ts", ".js"],
    alias: { ...testingOnly, ...unreachableAtRunTime, ...treeShakable, ...oneAxios, ...cheaperAtLoad },
  },
  module: {
    rules: [{ test: /\.ts$/, loader: "ts-loader", exclude: /node_modules/, options: { configFile: "tsconfig.build.json" } }],
  },
  plugins: [
    // object-sizeof requires the browser Buffer polyfill only when `window` exists: never in Node.
    new webpack.IgnorePlugin({ resourceRegExp: /^buffer\/$/, contextRegExp: /object-sizeof/ }),
    new CopyPlugin({ patterns: [{ from: "assets", to: "." }] }),
  ],
  optimization: {
    splitChunks: {
      cacheGroups: {
        // Performs, triggers and data sources import the client on first use: its code and twilio-node's
        // request stack become one chunk beside index.js instead of one per import() (src/client/twilioClient.ts).
        client: {
          test: /[\\/](src[\\/]client|src[\\/]triggers|node_modules[\\/]twilio[\\/]lib[\\/](base|http|webhooks|rest[\\/]api[\\/]v2010[\\/]account[\\/](message|incomingPhoneNumber)))/,
          name: "client",
          chunks: "async",
          enforce: true,
        },
      },
    },
  },
  performance: { hints: false },
};
