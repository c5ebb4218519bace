/**
 * Writes docs/samples/feedback.xlsx, the sample feedback file of the import page
 * (`npm run samples`): Chinese headers, customers referred to by code or by name (from the demo
 * data or from docs/samples/customers.csv), and three deliberate errors described in
 * docs/samples/README.md. Kept as code so that the file can be rebuilt and reviewed.
 */
import path from 'node:path';
import ExcelJS from 'exceljs';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const TARGET = path.join(ROOT, 'docs', 'samples', 'feedback.xlsx');

/** The column headers: the fields' Chinese labels, as the content manager shows them. */
const HEADERS = [
  '客户单位',
  '装备/产品',
  '反馈渠道',
  '反馈类别',
  '严重程度',
  '满意度（1–5）',
  '反馈内容',
  '接收时间',
  '首次响应时间',
  '处理状态',
  '密级',
];

/** A wall-clock time written as is (Excel has no time zones): what the user typed in the sheet. */
const at = (day: string, time: string) => new Date(`${day}T${time}:00.000Z`);

type Row = [
  string,
  string,
  string,
  string,
  string,
  number | null,
  string,
  Date,
  Date | null,
  string,
  string,
];

const ROWS: Row[] = [
  [
    'CN-RI-00001',
    '北斗高精度定位终端',
    '走访',
    '可靠性',
    '中',
    4,
    '高寒地区连续工作时定位偶有漂移，希望优化算法。',
    at('2026-09-02', '09:30'),
    at('2026-09-02', '15:00'),
    '已解决',
    '内部',
  ],
  [
    'CN-MU-00004',
    '天眸-200相控阵雷达',
    '现场报告',
    '性能',
    '高',
    3,
    '复杂电磁环境下低空目标探测距离下降明显。',
    at('2026-09-08', '10:00'),
    at('2026-09-09', '08:30'),
    '处理中',
    '内部',
  ],
  [
    '空军装备部驻西安地区军事代表局',
    '凌霄综合航电系统',
    '评审会',
    '质量',
    '中',
    4,
    '第三批次产品出厂检验记录不完整，需补齐追溯信息。',
    at('2026-09-12', '14:00'),
    at('2026-09-13', '09:00'),
    '已分派',
    '内部',
  ],
  [
    'CN-MU-00101',
    '翔鹰-3中空长航时无人机',
    '服务热线',
    '服务',
    '低',
    5,
    '驻场技术保障人员响应及时，表示满意。',
    at('2026-09-15', '16:20'),
    at('2026-09-15', '16:45'),
    '已关闭',
    '内部',
  ],
  [
    '西安雷达探测技术研究所',
    '天眸-200相控阵雷达',
    '电子邮件',
    '技术',
    '中',
    4,
    '希望开放部分接口，支持联合开展软件化升级验证。',
    at('2026-09-18', '11:10'),
    null,
    '新建',
    '内部',
  ],
  [
    'CN-PA-00105',
    '鸿雁战术电台',
    '问卷调查',
    '交付',
    '高',
    2,
    '年度订货交付延期两周，影响部队训练计划。',
    at('2026-09-20', '09:00'),
    at('2026-09-21', '10:00'),
    '处理中',
    '内部',
  ],
  [
    'CN-MU-00103',
    '天眸-200相控阵雷达',
    '走访',
    '培训',
    '低',
    4,
    '新装备操作人员较多，希望增加一期维护培训。',
    at('2026-09-25', '15:30'),
    at('2026-09-26', '09:15'),
    '已分派',
    '内部',
  ],
  // Deliberate error: a severity that is not one of 低/中/高/严重 (low/medium/high/critical).
  [
    'CN-MU-00102',
    '云雀-10垂直起降无人机',
    '现场报告',
    '可靠性',
    '非常严重',
    2,
    '舰面高盐雾环境下起落架锈蚀，返修率偏高。',
    at('2026-10-03', '08:40'),
    at('2026-10-03', '13:00'),
    '处理中',
    '内部',
  ],
  // Deliberate error: answered (首次响应时间) before it was received (接收时间).
  [
    'CN-RI-00107',
    '电鹰-7综合电子战系统',
    '评审会',
    '性能',
    '高',
    3,
    '侦察频段上限不足，难以覆盖新型威胁信号。',
    at('2026-10-10', '10:00'),
    at('2026-10-08', '17:00'),
    '已分派',
    '内部',
  ],
  // Deliberate error: a customer that exists neither in the demo data nor in customers.csv.
  [
    '某不存在的研究所',
    '北斗高精度定位终端',
    '电子邮件',
    '价格',
    '低',
    3,
    '备件报价偏高，希望给出全寿命周期费用方案。',
    at('2026-10-12', '09:20'),
    null,
    '新建',
    '内部',
  ],
  [
    'CN-MU-00117',
    '天链卫星通信终端',
    '服务热线',
    '可靠性',
    '严重',
    1,
    '测控站卫星终端低温下无法启动，已影响值班任务。',
    at('2026-10-15', '06:50'),
    at('2026-10-15', '07:10'),
    '处理中',
    '内部',
  ],
  [
    '联勤保障部队某保障中心',
    '天眸-200相控阵雷达',
    '走访',
    '服务',
    '中',
    4,
    '备件库存数据与系统显示不一致，希望对接仓储系统。',
    at('2026-10-20', '14:30'),
    at('2026-10-21', '09:00'),
    '已解决',
    '内部',
  ],
];

const main = async () => {
  const workbook = new ExcelJS.Workbook();
  // Fixed metadata, so that a rebuilt file only differs where the rows do.
  workbook.creator = 'Synergy CRM';
  workbook.created = new Date('2026-11-01T00:00:00.000Z');
  workbook.modified = workbook.created;
  const sheet = workbook.addWorksheet('客户反馈');
  sheet.addRow(HEADERS).font = { bold: true };
  for (const row of ROWS) sheet.addRow(row);
  sheet.columns.forEach((column, index) => {
    column.width = [30, 24, 12, 12, 10, 12, 48, 18, 18, 10, 8][index];
  });
  for (const column of [8, 9]) sheet.getColumn(column).numFmt = 'yyyy-mm-dd hh:mm';
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  await workbook.xlsx.writeFile(TARGET);
  console.log(`Wrote ${path.relative(ROOT, TARGET)}: ${ROWS.length} rows`);
};

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
