// What webpack.config.js replaces with an empty module in the bundle: zod, yaml, jsonwebtoken.
module.exports = {};
