'use strict';

// The server part is TypeScript, compiled by the app's own `tsc` (`npm run build`) into dist/.
// Strapi only loads .js here, so this file points at the compiled entry.
module.exports = require('../../dist/plugins/synergy/server/src').default;
