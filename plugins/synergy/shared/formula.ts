/** A cell starting with = + - @ (or a tab or carriage return) would run as a formula in a spreadsheet. */
export const neutraliseFormula = (value: string) =>
  /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
