import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::win-loss-interview.win-loss-interview');
