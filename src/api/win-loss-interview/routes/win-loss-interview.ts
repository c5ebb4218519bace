import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::win-loss-interview.win-loss-interview');
