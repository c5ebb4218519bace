import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::brand-material.brand-material');
