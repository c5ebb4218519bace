'use strict';

/** create-strapi's defaults. */
module.exports = { rest: { defaultLimit: 25, maxLimit: 100, withCount: true } };
