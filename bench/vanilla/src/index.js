'use strict';

/** As create-strapi writes it: nothing registered, nothing bootstrapped. */
module.exports = { register() {}, bootstrap() {} };
