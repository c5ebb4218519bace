import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::competitor-offering.competitor-offering');
