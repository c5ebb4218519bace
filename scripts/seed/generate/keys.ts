/** Record keys (`customer:0001`): stable and unique in the data set; relations point at them. */
import type { Random } from '../random';
import type { CustomerPlan } from './types';

export const pad = (value: number, width: number) => String(value).padStart(width, '0');
export const keyOf = (type: string, index: number, width = 4) => `${type}:${pad(index + 1, width)}`;

/** The key of one of the customer's own contacts. */
export const contactKey = (customer: CustomerPlan, random: Random) =>
  keyOf('contact', customer.contactStart + random.int(0, customer.contactCount - 1), 6);
