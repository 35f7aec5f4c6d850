// lodash's omit for the bundle. Spectral's component conversion calls omit on every input of
// every action with a list of plain keys; lodash's omit deep-clones the input each time (its
// choices, comments, clean function), which cost about 5 ms of each cold start for the
// component's inputs. The converted definition is the same: test/bundleDefinition.test.ts
// compares the bundle's with spectral's own conversion of the sources.
module.exports = function omit(object, keys) {
  const result = { ...object };
  for (const key of keys) delete result[key];
  return result;
};
