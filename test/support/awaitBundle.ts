import { BUNDLE_BUILD_TIMEOUT_MS, bundleBuilt } from "./bundleBuild";

// Every process-level test file runs the built bundle: it starts once the build globalSetup started has ended.
beforeAll(bundleBuilt, BUNDLE_BUILD_TIMEOUT_MS);
