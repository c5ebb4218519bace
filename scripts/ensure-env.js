'use strict';

// Creates .env with freshly generated secrets when it is missing, so that no clone shares secrets.
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');

const envPath = path.join(__dirname, '..', '.env');
if (fs.existsSync(envPath)) process.exit(0);

const secret = () => crypto.randomBytes(16).toString('base64');
const template = fs.readFileSync(path.join(__dirname, '..', '.env.example'), 'utf8');
const filled = template
  .replace(/^APP_KEYS=$/m, `APP_KEYS=${[secret(), secret(), secret(), secret()].join(',')}`)
  .replace(
    /^(API_TOKEN_SALT|ADMIN_JWT_SECRET|JWT_SECRET|TRANSFER_TOKEN_SALT|ENCRYPTION_KEY)=$/gm,
    (_, key) => `${key}=${secret()}`,
  );
fs.writeFileSync(envPath, filled, { mode: 0o600 });
console.log('Created .env with freshly generated secrets.');
