// date-fns as the bundle has it (webpack.config.js tree-shakes it): the functions spectral calls.
module.exports = {
  isAfter: require("date-fns/isAfter").isAfter,
  isBefore: require("date-fns/isBefore").isBefore,
  isEqual: require("date-fns/isEqual").isEqual,
  isValid: require("date-fns/isValid").isValid,
  parse: require("date-fns/parse").parse,
  parseISO: require("date-fns/parseISO").parseISO,
};
