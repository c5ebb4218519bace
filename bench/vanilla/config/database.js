'use strict';

/** SQLite or PostgreSQL from the environment, as create-strapi's database configuration reads it. */
module.exports = ({ env }) =>
  env('DATABASE_CLIENT') === 'postgres'
    ? {
        connection: {
          client: 'postgres',
          connection: {
            host: env('DATABASE_HOST', '127.0.0.1'),
            port: env.int('DATABASE_PORT', 5432),
            database: env('DATABASE_NAME'),
            user: env('DATABASE_USERNAME', 'postgres'),
            password: env('DATABASE_PASSWORD', ''),
          },
          pool: { min: 2, max: 10 },
        },
      }
    : {
        connection: {
          client: 'sqlite',
          connection: { filename: env('DATABASE_FILENAME') },
          useNullAsDefault: true,
        },
      };
