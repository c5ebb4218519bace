import type controllers from '../controllers';

type Controllers = typeof controllers;

/** `controller.action` of an existing controller action: a typo fails the type check. */
export type Handler = {
  [Name in keyof Controllers]: `${Name & string}.${keyof ReturnType<Controllers[Name]> & string}`;
}[keyof Controllers];
