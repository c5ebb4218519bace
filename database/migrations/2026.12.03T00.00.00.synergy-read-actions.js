'use strict';

/**
 * The synergy plugin's content-API actions were renamed find/findOne (so Strapi's read-only API
 * tokens reach them): roles and custom API tokens keep what they were granted. Runs once, before
 * the plugins start (users-permissions would otherwise drop the grants of the old names).
 */
const RENAMED = {
  'plugin::synergy.customer-360.find360': 'plugin::synergy.customer-360.findOne',
  'plugin::synergy.analytics.overview': 'plugin::synergy.overview.find',
  'plugin::synergy.analytics.coverage': 'plugin::synergy.coverage.find',
  'plugin::synergy.analytics.impact': 'plugin::synergy.impact.find',
  'plugin::synergy.analytics.portfolio': 'plugin::synergy.portfolio.find',
  'plugin::synergy.analytics.competitors': 'plugin::synergy.competitors.find',
  'plugin::synergy.analytics.winLoss': 'plugin::synergy.win-loss.find',
  'plugin::synergy.analytics.dataQuality': 'plugin::synergy.data-quality.find',
  'plugin::synergy.analytics.scorecard': 'plugin::synergy.scorecard.findOne',
  'plugin::synergy.analytics.customerHealth': 'plugin::synergy.customer-health.findOne',
};

module.exports = {
  async up(knex) {
    for (const table of ['up_permissions', 'strapi_api_token_permissions']) {
      if (!(await knex.schema.hasTable(table))) continue;
      for (const [from, to] of Object.entries(RENAMED)) {
        await knex(table).where({ action: from }).update({ action: to });
      }
    }
  },
};
