// Defined in shared/ so that the admin's import report writes CSV the same way.
export { neutraliseFormula, toCsv } from '../../../shared/csv';
