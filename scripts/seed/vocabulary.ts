/**
 * Chinese vocabulary of the demo data: fictional units, institutes, companies and people of a
 * defense-industry customer base. Every organisation name is invented; no real unit is described.
 */

export const SURNAMES: readonly (readonly [string, string])[] = [
  ['王', 'wang'],
  ['李', 'li'],
  ['张', 'zhang'],
  ['刘', 'liu'],
  ['陈', 'chen'],
  ['杨', 'yang'],
  ['黄', 'huang'],
  ['赵', 'zhao'],
  ['吴', 'wu'],
  ['周', 'zhou'],
  ['徐', 'xu'],
  ['孙', 'sun'],
  ['马', 'ma'],
  ['朱', 'zhu'],
  ['胡', 'hu'],
  ['郭', 'guo'],
  ['何', 'he'],
  ['高', 'gao'],
  ['林', 'lin'],
  ['罗', 'luo'],
  ['郑', 'zheng'],
  ['梁', 'liang'],
  ['谢', 'xie'],
  ['宋', 'song'],
  ['唐', 'tang'],
  ['许', 'xu'],
  ['韩', 'han'],
  ['冯', 'feng'],
  ['邓', 'deng'],
  ['曹', 'cao'],
  ['彭', 'peng'],
  ['曾', 'zeng'],
  ['肖', 'xiao'],
  ['田', 'tian'],
  ['董', 'dong'],
  ['袁', 'yuan'],
  ['潘', 'pan'],
  ['于', 'yu'],
  ['蒋', 'jiang'],
  ['蔡', 'cai'],
  ['余', 'yu'],
  ['杜', 'du'],
  ['叶', 'ye'],
  ['程', 'cheng'],
  ['苏', 'su'],
  ['魏', 'wei'],
  ['吕', 'lv'],
  ['丁', 'ding'],
  ['任', 'ren'],
  ['沈', 'shen'],
  ['姚', 'yao'],
  ['卢', 'lu'],
  ['姜', 'jiang'],
  ['崔', 'cui'],
  ['钟', 'zhong'],
  ['谭', 'tan'],
  ['陆', 'lu'],
  ['范', 'fan'],
  ['金', 'jin'],
  ['石', 'shi'],
];

export const GIVEN_NAME_CHARACTERS = [
  ...'伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国志红文斌辉鹏宇浩凯亮晨曦雪梅兰',
  ...'海波宁晓东旭峰毅卫刚振兴立新庆荣俊杰宏博翔晨阳光明远航帆鑫淼岩松柏琳瑶婷颖慧欣悦',
];

export const REGIONS = [
  '北京',
  '天津',
  '河北石家庄',
  '辽宁沈阳',
  '辽宁大连',
  '吉林长春',
  '黑龙江哈尔滨',
  '上海',
  '江苏南京',
  '浙江杭州',
  '浙江宁波',
  '安徽合肥',
  '福建福州',
  '江西南昌',
  '山东青岛',
  '山东济南',
  '河南郑州',
  '湖北武汉',
  '湖南长沙',
  '广东广州',
  '广东湛江',
  '广西南宁',
  '海南三亚',
  '重庆',
  '四川成都',
  '四川绵阳',
  '贵州贵阳',
  '云南昆明',
  '陕西西安',
  '甘肃兰州',
  '青海西宁',
  '新疆乌鲁木齐',
  '内蒙古呼和浩特',
];

export const EXPORT_REGIONS = ['中东', '东南亚', '南亚', '北非', '西非', '南美', '中亚'];

export const SECTOR_LABELS: Record<string, string> = {
  army: '陆军',
  navy: '海军',
  air_force: '空军',
  rocket_force: '火箭军',
  aerospace_force: '航天部队',
  joint_logistics: '联勤保障部队',
  armed_police: '武警',
  civil: '民用',
  export: '外贸',
};

export const MILITARY_UNIT_KINDS: Record<string, readonly string[]> = {
  army: ['合成旅', '陆航旅', '防空旅', '炮兵旅', '特战旅', '工化旅'],
  navy: ['驱逐舰支队', '航空兵师', '潜艇支队', '岸防部队', '保障基地'],
  air_force: ['航空兵旅', '雷达旅', '地空导弹旅', '预警监视团', '场站'],
  rocket_force: ['导弹旅', '技术勤务团', '作战保障团'],
  aerospace_force: ['测控站', '航天测量站', '信息支援大队'],
  joint_logistics: ['保障中心', '仓库', '运输投送大队', '医院'],
  armed_police: ['机动总队某支队', '总队特战大队', '海警某支队'],
};

export const RESEARCH_FIELDS = [
  '电子对抗技术',
  '雷达探测技术',
  '航空电子',
  '无人系统',
  '导航与控制',
  '通信网络技术',
  '仿真与测试',
  '精确制导技术',
  '光电探测',
  '信息安全技术',
];

export const COMPANY_WORDS = [
  '华星',
  '长河',
  '天翼',
  '北辰',
  '远航',
  '神州',
  '恒信',
  '东方',
  '启明',
  '中天',
  '凌云',
  '星辰',
];
export const COMPANY_FIELDS = [
  '航电设备',
  '机电',
  '电子信息',
  '无人机',
  '测控技术',
  '通信设备',
  '精密仪器',
  '装备保障',
];

export const FOREIGN_AGENCIES = [
  '国防部装备采购局',
  '空军后勤司令部',
  '海军装备部',
  '陆军技术装备局',
  '国防科技工业局',
];

export const OTHER_CUSTOMERS = [
  '国防科技大学某实验室',
  '某军工院校联合实验室',
  '某国防科技工业协会',
  '某民航空管中心',
  '某应急管理厅',
];

/** Branch suffixes used to make a few near-duplicate customers (duplicate detection demo). */
export const DUPLICATE_SUFFIXES = ['第二代表室', '（分部）', '采购办公室', '驻厂代表室'];

export const POSITIONS_KEY = [
  '部长',
  '副部长',
  '处长',
  '总工程师',
  '总师',
  '主任',
  '采购处处长',
  '军事代表',
];
export const POSITIONS_OTHER = [
  '副处长',
  '科长',
  '参谋',
  '工程师',
  '助理工程师',
  '项目主管',
  '技术骨干',
  '质量主管',
  '保障科科长',
  '采购专员',
];
export const DEPARTMENTS = [
  '装备部',
  '采购处',
  '技术处',
  '保障处',
  '科研处',
  '作战训练处',
  '质量处',
  '综合计划处',
  '信息化处',
  '军代表室',
];

export const NEED_TEMPLATES: Record<string, readonly string[]> = {
  performance: ['提升{product}探测距离', '提高复杂电磁环境下的作战效能', '缩短系统反应时间'],
  quality: ['降低批次产品质量问题', '完善出厂检验与质量追溯'],
  reliability: ['提高平均故障间隔时间', '适应高寒高湿环境长期部署', '减少外场返修率'],
  delivery: ['按期交付年度订货', '缩短备件供货周期'],
  service: ['建立驻场技术保障机制', '24小时远程技术支持', '快速响应外场故障'],
  training: ['开展操作与维护人员培训', '编写中文维护手册与培训教材'],
  price: ['控制全寿命周期费用', '降低备件采购价格'],
  technology: ['国产化替代关键元器件', '支持软件无线电升级', '引入智能化故障预测'],
  other: ['协助完成装备定型试验', '配合开展联合演训保障'],
};

export const PRODUCTS: readonly {
  domain: string;
  names: readonly string[];
  attributes: readonly {
    name: string;
    unit: string;
    min: number;
    max: number;
    higherIsBetter: boolean;
  }[];
}[] = [
  {
    domain: 'uav',
    names: [
      '翔鹰-3中空长航时无人机',
      '云雀-10垂直起降无人机',
      '猎隼察打一体无人机',
      '蜂群-S小型无人机系统',
      '灵雀舰载无人机',
    ],
    attributes: [
      { name: '续航时间', unit: 'h', min: 8, max: 40, higherIsBetter: true },
      { name: '最大航程', unit: 'km', min: 150, max: 4000, higherIsBetter: true },
      { name: '有效载荷', unit: 'kg', min: 5, max: 400, higherIsBetter: true },
      { name: '单套价格', unit: '万元', min: 300, max: 6000, higherIsBetter: false },
    ],
  },
  {
    domain: 'radar',
    names: [
      '天眸-200相控阵雷达',
      '海鹰对海搜索雷达',
      '远望低空补盲雷达',
      '天盾火控雷达',
      '玄武气象雷达',
    ],
    attributes: [
      { name: '探测距离', unit: 'km', min: 60, max: 450, higherIsBetter: true },
      { name: '同时跟踪目标数', unit: '个', min: 20, max: 300, higherIsBetter: true },
      { name: '平均故障间隔时间', unit: 'h', min: 800, max: 5000, higherIsBetter: true },
      { name: '整机重量', unit: 'kg', min: 300, max: 6000, higherIsBetter: false },
    ],
  },
  {
    domain: 'avionics',
    names: ['凌霄综合航电系统', '星图任务计算机', '鹰瞳平视显示器', '天枢飞控计算机'],
    attributes: [
      { name: '处理能力', unit: 'GFLOPS', min: 50, max: 800, higherIsBetter: true },
      { name: '平均故障间隔时间', unit: 'h', min: 2000, max: 12000, higherIsBetter: true },
      { name: '功耗', unit: 'W', min: 60, max: 400, higherIsBetter: false },
      { name: '重量', unit: 'kg', min: 4, max: 40, higherIsBetter: false },
    ],
  },
  {
    domain: 'communications',
    names: ['鸿雁战术电台', '天链卫星通信终端', '蛛网自组网系统', '长城短波通信系统'],
    attributes: [
      { name: '通信距离', unit: 'km', min: 10, max: 300, higherIsBetter: true },
      { name: '数据速率', unit: 'Mbps', min: 1, max: 200, higherIsBetter: true },
      { name: '抗干扰能力', unit: 'dB', min: 20, max: 60, higherIsBetter: true },
      { name: '单台价格', unit: '万元', min: 8, max: 260, higherIsBetter: false },
    ],
  },
  {
    domain: 'electronic_warfare',
    names: ['电鹰-7综合电子战系统', '迷踪雷达干扰吊舱', '天听电子侦察系统'],
    attributes: [
      { name: '侦察频段上限', unit: 'GHz', min: 6, max: 40, higherIsBetter: true },
      { name: '干扰功率', unit: 'kW', min: 1, max: 20, higherIsBetter: true },
      { name: '反应时间', unit: 'ms', min: 5, max: 200, higherIsBetter: false },
      { name: '单套价格', unit: '万元', min: 800, max: 9000, higherIsBetter: false },
    ],
  },
  {
    domain: 'navigation',
    names: ['北斗高精度定位终端', '天衡惯性导航系统', '组合导航模块'],
    attributes: [
      { name: '定位精度', unit: 'm', min: 0.1, max: 10, higherIsBetter: false },
      { name: '陀螺零偏稳定性', unit: '°/h', min: 0.001, max: 0.5, higherIsBetter: false },
      { name: '平均故障间隔时间', unit: 'h', min: 3000, max: 20000, higherIsBetter: true },
    ],
  },
  {
    domain: 'simulation',
    names: ['砺剑模拟训练系统', '天演兵棋推演平台', '虚拟维修训练系统'],
    attributes: [
      { name: '并发训练席位', unit: '个', min: 8, max: 200, higherIsBetter: true },
      { name: '场景加载时间', unit: 's', min: 3, max: 60, higherIsBetter: false },
      { name: '单套价格', unit: '万元', min: 200, max: 3000, higherIsBetter: false },
    ],
  },
  {
    domain: 'other',
    names: ['智能装备保障管理系统', '野战电源车', '装备健康管理平台'],
    attributes: [
      { name: '保障效率提升', unit: '%', min: 10, max: 60, higherIsBetter: true },
      { name: '平均故障间隔时间', unit: 'h', min: 1000, max: 8000, higherIsBetter: true },
    ],
  },
];

export const PRODUCT_DOMAIN_LABELS: Record<string, string> = {
  uav: '无人机',
  radar: '雷达',
  avionics: '航电',
  communications: '通信',
  electronic_warfare: '电子战',
  navigation: '导航',
  simulation: '仿真训练',
  other: '保障装备',
};

export const COMPETITORS: readonly {
  name: string;
  country: string;
  domains: readonly string[];
  ownership: 'state_owned' | 'private' | 'foreign' | 'joint';
  strengths: string;
  weaknesses: string;
}[] = [
  {
    name: '北辰防务科技集团',
    domains: ['communications', 'electronic_warfare', 'radar'],
    country: '中国',
    ownership: 'state_owned',
    strengths: '型号谱系全、总体集成能力强、与主机厂关系紧密',
    weaknesses: '响应慢，外场保障人员不足',
  },
  {
    name: '华擎智能装备股份有限公司',
    domains: ['simulation', 'uav'],
    country: '中国',
    ownership: 'private',
    strengths: '价格低、迭代快、无人机产品线丰富',
    weaknesses: '可靠性数据积累少，保密资质等级较低',
  },
  {
    name: '天衡电子研究院',
    domains: ['electronic_warfare', 'radar'],
    country: '中国',
    ownership: 'state_owned',
    strengths: '雷达与电子战核心技术积累深厚',
    weaknesses: '产能受限，交付周期长',
  },
  {
    name: '星海通信技术有限公司',
    domains: ['communications', 'navigation'],
    country: '中国',
    ownership: 'joint',
    strengths: '通信组网技术领先，民用市场规模大',
    weaknesses: '军品经验不足，环境适应性一般',
  },
  {
    name: '凌霄航电系统有限公司',
    domains: ['avionics'],
    country: '中国',
    ownership: 'state_owned',
    strengths: '航电系统装机量大，适航经验丰富',
    weaknesses: '定制化意愿低，价格偏高',
  },
  {
    name: '锐驰无人系统公司',
    domains: ['uav'],
    country: '中国',
    ownership: 'private',
    strengths: '小型无人机与蜂群技术创新快',
    weaknesses: '规模小，售后网络薄弱',
  },
  {
    name: '泰斗导航科技',
    domains: ['navigation'],
    country: '中国',
    ownership: 'private',
    strengths: '北斗终端成本优势明显',
    weaknesses: '高端惯导依赖外购',
  },
  {
    name: 'Aegis Dynamics',
    domains: ['avionics', 'radar', 'uav'],
    country: '美国',
    ownership: 'foreign',
    strengths: '国际市场品牌影响力大，体系化解决方案成熟',
    weaknesses: '受出口管制限制，价格高',
  },
  {
    name: 'Thalassa Systèmes',
    domains: ['electronic_warfare', 'radar'],
    country: '法国',
    ownership: 'foreign',
    strengths: '海军雷达与电子战产品成熟',
    weaknesses: '交付周期长，本地化保障弱',
  },
  {
    name: 'Orion Defence Technologies',
    domains: ['electronic_warfare', 'uav'],
    country: '以色列',
    ownership: 'foreign',
    strengths: '无人机实战经验多，电子战技术先进',
    weaknesses: '政治风险高，备件供应不稳定',
  },
  {
    name: '中泰仿真科技',
    domains: ['other', 'simulation'],
    country: '中国',
    ownership: 'private',
    strengths: '模拟训练系统交付快，界面友好',
    weaknesses: '模型逼真度与校验能力不足',
  },
  {
    name: '远帆电子集团',
    domains: ['communications', 'navigation', 'other'],
    country: '中国',
    ownership: 'state_owned',
    strengths: '通信与导航产品配套齐全',
    weaknesses: '创新能力一般',
  },
];

export const INTERACTION_SUMMARIES: Record<string, readonly string[]> = {
  visit: [
    '走访{customer}，了解{product}外场使用情况',
    '拜访{contact}，沟通年度装备需求',
    '赴{customer}开展客户满意度回访',
  ],
  meeting: [
    '与{customer}召开{product}技术协调会',
    '参加{customer}年度装备保障工作会',
    '与{contact}就改进方案进行专题座谈',
  ],
  call: [
    '电话沟通{product}备件到货时间',
    '电话回访{contact}，确认故障已排除',
    '与{contact}电话确认下一阶段试验计划',
  ],
  email: [
    '邮件发送{product}技术状态说明',
    '邮件答复{customer}关于技术资料的询问',
    '发送季度服务报告',
  ],
  training: [
    '为{customer}开展{product}操作维护培训',
    '组织{product}新型号换装培训',
    '开展故障诊断专项培训',
  ],
  technical_support: [
    '现场支持{product}联调联试',
    '远程协助排查{product}软件故障',
    '派驻工程师支持{customer}演训任务',
  ],
  exhibition: [
    '在珠海航展接待{customer}代表团',
    '在防务展展示{product}并交流',
    '参加行业技术交流会并介绍{product}',
  ],
  delivery: [
    '向{customer}交付{product}一批次',
    '完成{product}到货验收',
    '配合军代表完成{product}交付检验',
  ],
  review: [
    '参加{product}阶段评审',
    '参加{customer}组织的质量问题归零评审',
    '参加{product}技术状态评审',
  ],
};

export const INTERACTION_OUTCOMES = [
  '客户认可改进方案，约定下月复核',
  '明确了需求与技术指标，待形成书面纪要',
  '客户提出新的保障需求，已转服务部门',
  '问题已现场解决',
  '需进一步提供技术资料',
  '客户表示满意，有意扩大采购',
  '客户对交付进度有顾虑，已上报',
  '达成初步合作意向',
  '已约定后续培训时间',
  '无新增问题',
];

export const FEEDBACK_CONTENTS: Record<string, readonly string[]> = {
  performance: [
    '{product}在强杂波环境下探测距离下降明显',
    '{product}目标识别率低于合同指标',
    '{product}系统反应时间偏长，影响使用',
  ],
  quality: ['{product}部分批次接插件松动', '{product}外观涂层出现脱落', '随机文件与实物状态不一致'],
  reliability: [
    '{product}高温环境下频繁重启',
    '{product}连续工作72小时后出现故障',
    '{product}返修后同一故障再次出现',
  ],
  delivery: ['{product}交付比合同约定晚两周', '备件到货周期过长', '随装工具不齐套'],
  service: ['外场故障响应不及时', '驻场工程师人员变动频繁', '技术支持热线夜间无人接听'],
  training: ['培训教材内容与装备技术状态不符', '操作培训课时不足', '希望增加维修实操培训'],
  price: ['备件价格偏高', '软件升级费用超出预算', '希望提供全寿命周期费用方案'],
  technology: [
    '希望{product}支持新型数据链',
    '建议引入故障预测与健康管理功能',
    '希望开放二次开发接口',
  ],
  other: ['希望定期通报产品改进情况', '建议建立联合问题处理机制'],
};

export const FEEDBACK_RESOLUTIONS = [
  '已更换故障模块并完成复测',
  '已发布软件补丁并现场升级',
  '已补发缺件并优化包装清单',
  '已组织专项培训并更新教材',
  '已调整保障人员排班，实行7×24小时值守',
  '已提交设计改进，纳入下一批次生产',
  '已与客户协商价格调整方案',
  '经分析为使用不当，已说明操作规范',
];

export const TICKET_TITLES: Record<string, readonly string[]> = {
  repair: [
    '{product}发射机故障',
    '{product}显控终端黑屏',
    '{product}电源模块损坏',
    '{product}伺服系统异常',
  ],
  maintenance: ['{product}季度定期维护', '{product}年度检修', '{product}换季保养'],
  upgrade: ['{product}软件版本升级', '{product}加装新型模块', '{product}数据链改装'],
  training: ['{product}操作人员培训', '{product}维修骨干培训'],
  technical_support: ['{product}联调技术支持', '{product}演训任务保障', '{product}参数配置咨询'],
};

export const ROOT_CAUSES = [
  '元器件批次质量问题',
  '软件缺陷',
  '操作使用不当',
  '环境适应性不足',
  '装配工艺问题',
  '接口协议不一致',
  '老化磨损',
  '备件错发',
];

export const TEAMS = [
  '华北保障队',
  '东北保障队',
  '华东保障队',
  '华南保障队',
  '西南保障队',
  '西北保障队',
  '远程技术支持中心',
  '海外保障队',
];

export const SURVEY_COMMENTS = [
  '整体满意，希望继续保持',
  '服务响应明显加快',
  '备件供应需要改进',
  '技术支持专业，问题解决及时',
  '培训效果好',
  '交付进度有待提高',
  '希望加强外场巡检',
  '产品性能稳定',
  '沟通顺畅',
  '价格偏高',
];

export const OPPORTUNITY_TITLES = [
  '{customer}{product}采购项目',
  '{customer}{domain}系统升级改造',
  '{customer}年度{domain}备件采购',
  '{customer}{product}批量订货',
  '{customer}{product}售后保障服务',
  '{customer}新型{domain}系统招标',
];

export const REASON_NOTES: Record<string, readonly string[]> = {
  price: ['报价具有明显优势', '报价高于对手约15%'],
  performance: ['关键指标优于对手', '探测距离指标未达到招标要求'],
  quality: ['历史质量记录良好', '近期质量问题影响评分'],
  reliability: ['可靠性数据充分', '可靠性试验数据不足'],
  service: ['驻场保障方案得到认可', '保障网点覆盖不足'],
  delivery: ['交付周期短', '交付周期无法满足要求'],
  technology: ['技术方案先进', '缺少自主可控方案'],
  relationship: ['长期合作关系稳固', '与客户新任领导沟通不足'],
  compliance: ['资质齐全', '保密资质等级不满足要求'],
  other: ['客户预算调整', '项目需求变更'],
};

/** What buyers say in a win/loss interview, per reason category: [when we won, when we lost]. */
export const INTERVIEW_QUOTES: Record<string, readonly [string, string]> = {
  price: ['你们的报价在同类方案里最合理。', '技术上差距不大，但你们的报价高出一截，评审很难通过。'],
  performance: [
    '实测探测距离超过了指标要求，这是决定性的。',
    '关键性能指标没有达到招标文件的要求。',
  ],
  quality: ['前几批装备的质量表现让我们放心。', '去年那次质量问题，评审专家都还记得。'],
  reliability: ['可靠性试验数据很充分，专家组认可。', '可靠性数据不够，专家组不敢打高分。'],
  service: ['驻场保障团队响应很快，部队反映很好。', '你们在西北没有保障网点，这一点扣分很多。'],
  delivery: ['交付周期能满足演训任务的时间节点。', '交付周期太长，赶不上部队的换装计划。'],
  technology: ['技术方案先进，而且是自主可控的。', '对手的方案国产化程度更高。'],
  relationship: ['多年合作下来，我们信得过你们。', '新领导上任后，你们和我们的沟通少了。'],
  compliance: ['资质和保密手续都很齐全。', '保密资质等级不满足这次项目的要求。'],
  other: ['项目节奏比较特殊，你们配合得好。', '预算调整以后，项目范围变了。'],
};

export const INTERVIEW_TOPICS = ['评审过程', '技术方案', '报价', '售后保障', '交付', '后续合作'];

export const INTERVIEW_SUMMARIES = [
  '项目结束后约{days}天电话回访，受访人坦率介绍了评审情况。',
  '项目结束后约{days}天登门拜访，围绕评审结果进行了复盘。',
  '借技术交流会的机会，与受访人就本项目做了约一小时的复盘。',
];

export const STRATEGY_TITLES: Record<string, readonly string[]> = {
  product: [
    '{product}性能提升计划',
    '{product}可靠性增长工程',
    '{domain}产品谱系化发展',
    '{product}模块化改进',
  ],
  service: ['外场7×24小时保障体系', '区域保障中心建设', '备件前置储备计划', '全寿命周期服务包'],
  technology: [
    '{domain}核心器件国产化',
    '智能故障预测与健康管理',
    '软件定义{domain}平台',
    '开放式体系架构',
  ],
  brand: ['“可信赖的伙伴”品牌建设', '防务展品牌推广计划', '出口市场品牌本地化', '客户成功案例传播'],
};

export const STRATEGY_SUMMARIES: Record<string, string> = {
  product: '针对客户在性能与可靠性方面的反馈，提升关键指标，形成与竞争对手的产品差异。',
  service: '以快速响应和贴近部队的保障网络，形成难以复制的服务优势。',
  technology: '掌握核心技术与自主可控能力，建立技术壁垒。',
  brand: '系统传播技术实力与服务口碑，提升在国内外市场的品牌认知。',
};

export const KPI_TEMPLATES: Record<
  string,
  readonly { name: string; unit: string; baseline: number; target: number }[]
> = {
  product: [
    { name: '平均故障间隔时间', unit: 'h', baseline: 1500, target: 2500 },
    { name: '探测距离', unit: 'km', baseline: 200, target: 260 },
    { name: '外场返修率', unit: '%', baseline: 6, target: 3 },
  ],
  service: [
    { name: '故障响应时间', unit: 'h', baseline: 12, target: 4 },
    { name: '平均修复时间', unit: 'h', baseline: 72, target: 36 },
    { name: '客户满意度', unit: '分', baseline: 3.6, target: 4.3 },
  ],
  technology: [
    { name: '国产化率', unit: '%', baseline: 60, target: 95 },
    { name: '新技术专利', unit: '项', baseline: 2, target: 10 },
    { name: '软件升级周期', unit: '月', baseline: 12, target: 6 },
  ],
  brand: [
    { name: '品牌认知度', unit: '%', baseline: 35, target: 60 },
    { name: '展会有效线索', unit: '条', baseline: 20, target: 50 },
    { name: '净推荐值', unit: '分', baseline: 10, target: 35 },
  ],
};

export const MATERIAL_TITLES: readonly { zh: string; en: string }[] = [
  { zh: '翔鹰系列无人机产品手册', en: 'Xiangying UAV Family Brochure' },
  { zh: '天眸相控阵雷达技术白皮书', en: 'Tianmou AESA Radar White Paper' },
  { zh: '公司顺利交付年度重点型号装备', en: 'Key Systems Delivered on Schedule This Year' },
  { zh: '珠海航展展台设计方案', en: 'Airshow China Booth Design' },
  { zh: '全寿命周期保障服务介绍', en: 'Through-Life Support Services' },
  { zh: '北斗高精度定位终端宣传视频', en: 'BeiDou Precision Positioning Terminal Video' },
  { zh: '客户成功案例：高原保障', en: 'Customer Story: Support on the Plateau' },
  { zh: '综合电子战系统解决方案', en: 'Integrated Electronic Warfare Solutions' },
  { zh: '模拟训练系统产品手册', en: 'Simulation Training Systems Brochure' },
  { zh: '公司品牌形象广告', en: 'Corporate Brand Advertisement' },
  { zh: '智能装备保障管理系统介绍', en: 'Smart Equipment Support Management System' },
  { zh: '自主可控航电系统白皮书', en: 'Indigenous Avionics White Paper' },
];

export const MATERIAL_CHANNELS: readonly { zh: string; en: string }[] = [
  { zh: '防务展', en: 'Defence exhibitions' },
  { zh: '官方网站', en: 'Corporate website' },
  { zh: '行业期刊', en: 'Trade journals' },
  { zh: '客户交流会', en: 'Customer seminars' },
  { zh: '内部培训', en: 'Internal training' },
];

export const CAMPAIGN_NAMES = [
  '{year}年珠海航展协同推广',
  '高原装备保障服务巡回',
  '{domain}新品客户体验日',
  '出口市场联合推介',
  '“服务万里行”客户回访活动',
  '海军用户技术交流会',
  '年度客户满意度提升行动',
  '{domain}换装培训周',
];

export const CAMPAIGN_RESULTS = [
  '获得有效线索{n}条，其中{m}条转为商机',
  '覆盖客户{n}家，满意度提升明显',
  '签订意向协议{m}份',
  '完成培训{n}人次',
];
