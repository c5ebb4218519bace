/** Compartments and release caveats (SPEC §1.1): /synergy/compartments and /synergy/caveats. */
export interface Compartment {
  id: number;
  code: string;
  name: string;
  description: string | null;
}

export interface Caveat extends Compartment {
  nameEn: string | null;
  withheldFromExternal: boolean;
}

export type NeedToKnowKind = 'compartments' | 'caveats';

export namespace SaveNeedToKnowEntry {
  /** POST sends the code; PUT may not change it (records carry it). */
  export interface Request {
    code?: string;
    name?: string;
    description?: string | null;
    nameEn?: string | null;
    withheldFromExternal?: boolean;
  }
  export interface Response {
    data: Compartment | Caveat;
  }
}

export namespace ListNeedToKnow {
  export interface Response {
    data: Array<Compartment | Caveat>;
  }
}
