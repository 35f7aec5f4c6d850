const path = require("node:path");
const CopyPlugin = require("copy-webpack-plugin");

/**
 * Bundles the component for `prism components:publish`: one commonjs2 file with icon.png beside it.
 * Spectral's root module re-exports its testing helpers, which pull in jest-mock; neither is
 * used at run time, so both resolve to empty modules and stay out of the production bundle.
 */
const spectralTesting = path.resolve(__dirname, "node_modules/@prismatic-io/spectral/dist/testing.js");

module.exports = {
  mode: "production",
  target: "node",
  entry: { index: "./src/index.ts" },
  output: {
    path: path.resolve(__dirname, "dist"),
    filename: "[name].js",
    library: { type: "commonjs2" },
    clean: true,
  },
  resolve: {
    extensions: [".ts", ".js"],
    alias: { [spectralTesting]: false, "jest-mock": false },
  },
  module: {
    rules: [{ test: /\.ts$/, loader: "ts-loader", exclude: /node_modules/, options: { configFile: "tsconfig.build.json" } }],
  },
  plugins: [new CopyPlugin({ patterns: [{ from: "assets", to: "." }] })],
  performance: { hints: false },
};
