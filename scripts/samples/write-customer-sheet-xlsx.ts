/**
 * Writes docs/samples/customer-sheet.xlsx (`npm run samples`): customers as staff keep them in a
 * spreadsheet, with their own headers (客户名称, 客户编码, 军种, 等级 …, none a field label) and
 * abbreviated values (`重点` for 重点客户); one ambiguous cell on purpose. docs/samples/README.md
 * says what the import page makes of it.
 */
import path from 'node:path';
import ExcelJS from 'exceljs';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const TARGET = path.join(ROOT, 'docs', 'samples', 'customer-sheet.xlsx');

/** Matched by synonym (0.9), except 备注栏, only similar to 备注 (to be confirmed). */
const HEADERS = ['客户名称', '客户编码', '客户类型', '军种', '等级', '状态', '备注栏'];

const ROWS: string[][] = [
  ['东海某雷达站', 'KH-2027-001', '军队单位', '海军', '重点', '活跃', '新建雷达阵地，明年扩编'],
  ['西北某试验基地', 'KH-2027-002', '科研院所', '火箭军', '战略', '活跃', ''],
  ['华南某装备采购站', 'KH-2027-003', '采购', '联勤', '一般客户', '休眠', '去年起暂停采购'],
  ['中原某航修厂', 'KH-2027-004', '国有', '空军', '重点客户', '活跃', ''],
  // Deliberate error: 客户 is part of every tier label (战略客户, 重点客户, 一般客户, 潜在客户).
  ['北方某通信站', 'KH-2027-005', '军队单位', '陆军', '客户', '活跃', ''],
];

const main = async () => {
  const workbook = new ExcelJS.Workbook();
  // Fixed metadata, so that a rebuilt file only differs where the rows do.
  workbook.creator = 'Synergy CRM';
  workbook.created = new Date('2026-12-01T00:00:00.000Z');
  workbook.modified = workbook.created;
  const sheet = workbook.addWorksheet('客户名单');
  sheet.addRow(HEADERS).font = { bold: true };
  for (const row of ROWS) sheet.addRow(row);
  sheet.columns.forEach((column, index) => {
    column.width = [24, 16, 12, 10, 10, 8, 30][index];
  });
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  await workbook.xlsx.writeFile(TARGET);
  console.log(`Wrote ${path.relative(ROOT, TARGET)}: ${ROWS.length} rows`);
};

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
