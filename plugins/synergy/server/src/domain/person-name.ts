/** What a person's name is made of, as Strapi stores admin users. */
export interface NamedPerson {
  firstname?: string | null;
  lastname?: string | null;
  email?: string | null;
}

/** Han, kana and hangul: names written family name first, without a space (陈博, not 博 陈). */
const CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]/;

/**
 * A person's name as people read it: `陈博` for a Chinese name (family name first, no space),
 * `Wei Zhang` otherwise; the e-mail when there is no name; null when there is nothing at all.
 */
export const personName = (person: NamedPerson | null | undefined): string | null => {
  const first = person?.firstname?.trim() ?? '';
  const last = person?.lastname?.trim() ?? '';
  if (!first && !last) return person?.email ?? null;
  if (CJK.test(first + last)) return `${last}${first}`;
  return [first, last].filter(Boolean).join(' ');
};
