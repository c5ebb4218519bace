import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::win-loss-interview.win-loss-interview');
