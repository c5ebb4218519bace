/**
 * Document ids of the shape the Document Service gives (`@paralleldrive/cuid2`'s `createId`: 24
 * characters, a lowercase letter then lowercase letters and digits). cuid2 hashes every id and made
 * about 20,000 ids/s here, which alone would cap the bench load; random bytes from one large
 * buffer make millions per second and collide as rarely (24 × ~5.2 bits of randomness).
 */
import { randomBytes } from 'node:crypto';

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const ALPHABET = `${LETTERS}0123456789`;
export const DOCUMENT_ID_LENGTH = 24;
const BUFFER_IDS = 4096;

export const createDocumentIdFactory = (): (() => string) => {
  let buffer = randomBytes(0);
  let offset = 0;
  return () => {
    if (offset + DOCUMENT_ID_LENGTH > buffer.length) {
      buffer = randomBytes(DOCUMENT_ID_LENGTH * BUFFER_IDS);
      offset = 0;
    }
    // Bytes reduced modulo the alphabet: the slight bias does not matter for unique ids.
    let id = LETTERS[buffer[offset] % LETTERS.length];
    for (let index = 1; index < DOCUMENT_ID_LENGTH; index += 1)
      id += ALPHABET[buffer[offset + index] % ALPHABET.length];
    offset += DOCUMENT_ID_LENGTH;
    return id;
  };
};
