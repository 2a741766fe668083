import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createScreener, DEFAULT_THRESHOLD } from '../../src/screening/screen.js';
import { entry } from './fixtures.js';

/** The score of a company's name, screened as one, against one listed company. */
function score(query: string, listed: string): number {
  const screener = createScreener({ entries: [entry({ id: 'x', names: [listed], kind: 'organization' })] });
  return screener.screen({ name: query, type: 'organization' }, { threshold: 0 })[0]?.score ?? 0;
}

test('Chinese state groups and makers written in characters meet their English short names, and only them', () => {
  for (const [query, listed] of [
    ['中航光电科技股份有限公司', 'AVIC Jonhon Optronic Technology Co., Ltd.'],
    ['保利科技有限公司', 'POLY TECHNOLOGIES INCORPORATED'],
    ['南京熊猫电子股份有限公司', 'Nanjing Panda Electronics Company Limited'],
    ['中国交通建设股份有限公司', 'China Communications Construction Company Limited'],
    ['上海交通大学', 'Shanghai Jiao Tong University'],
    ['杭州海康威视数字技术股份有限公司', 'Hangzhou Hikvision Digital Technology Co., Ltd.'],
    // 中国航发 is AECC, 航空发动机 Aero Engine; Traditional forms too.
    ['中国航发沈阳黎明航空发动机有限责任公司', 'AECC Shenyang Liming Aero Engine Co., Ltd.'],
    ['中國航發哈爾濱東安發動機有限公司', 'AECC Harbin Dongan Engine Co., Ltd.'],
    ['福建火炬电子科技股份有限公司', 'FUJIAN TORCH ELECTRON TECHNOLOGY CO., LTD.'],
  ] as const) {
    const s = score(query, listed);
    assert.ok(s >= DEFAULT_THRESHOLD, `${query} → ${listed}: ${s}`);
  }
  for (const [query, listed] of [
    ['南京熊猫电子股份有限公司', 'Nanjing Great Wall Electronics Company Limited'],
    ['保利科技有限公司', 'AVIC Technologies Incorporated'],
  ] as const) {
    const s = score(query, listed);
    assert.ok(s < DEFAULT_THRESHOLD, `${query} ≠ ${listed}: ${s}`);
  }
});

test('Chinese research, defence and technology bodies written in characters meet their English names, and only them', () => {
  for (const [query, listed] of [
    ['中国科学院上海光学精密机械研究所', 'Shanghai Institute of Optics and Fine Mechanics'],
    ['中国空气动力研究与发展中心', 'China Aerodynamics Research and Development Center (CARDC)'],
    ['中国卫通集团股份有限公司', 'CHINA SATELLITE COMMUNICATIONS CO., LTD.'],
    ['华为终端（深圳）有限公司', 'Huawei Device (Shenzhen) Co., Ltd.'],
    ['空军工程大学', 'Air Force Engineering University'],
    ['國防科技大學', 'National University of Defense Technology (NUDT)'],
    ['中國工程物理研究院', 'Chinese Academy of Engineering Physics'],
    ['中芯国际集成电路制造（北京）有限公司', 'Semiconductor Manufacturing International (Beijing) Corporation'],
    ['中芯南方集成电路制造有限公司', 'Semiconductor Manufacturing South China Corporation'],
    ['摩尔线程智能科技（成都）有限责任公司', 'Moore Thread Intelligent Technology (Chengdu) Co., Ltd.'],
  ] as const) {
    const s = score(query, listed);
    assert.ok(s >= DEFAULT_THRESHOLD, `${query} → ${listed}: ${s}`);
  }
  // Another institute of the Academy, another city of the maker, another service: other bodies.
  for (const [query, listed] of [
    ['中国科学院上海光学精密机械研究所', 'Chinese Academy of Sciences Changchun Institute of Optics, Fine Mechanics, and Physics'],
    ['摩尔线程智能科技（成都）有限责任公司', 'Moore Thread Intelligent Technology (Beijing) Co., Ltd.'],
    ['海军工程大学', 'Air Force Engineering University'],
  ] as const) {
    const s = score(query, listed);
    assert.ok(s < DEFAULT_THRESHOLD, `${query} ≠ ${listed}: ${s}`);
  }
});

test('Chinese universities, state bodies, company words and brands written in characters meet their English names', () => {
  for (const [query, listed] of [
    ['南京理工大学', 'Nanjing University of Science and Technology'],
    ['北京理工大学', 'Beijing Institute of Technology'],
    ['北京邮电大学', 'Beijing University of Posts and Telecommunications'],
    ['军事医学科学院', 'Academy of Military Medical Sciences'],
    ['新疆警察学院', 'Xinjiang Police College'],
    ['乌鲁木齐市公安局', 'Urumqi Municipal Public Security Bureau'],
    ['中天科技海缆股份有限公司', 'Zhongtian Technology Submarine Cable Co., Ltd.'],
    ['中航西安飞机工业集团', "Avic Xi'An Aircraft Industry Group"],
    ['浪潮集团', 'Inspur Group'],
    ['海思半导体', 'HiSilicon Semiconductor'],
    ['北京旷视科技有限公司', 'Beijing Megvii Technology Co., Ltd.'],
    ['科大讯飞股份有限公司', 'iFlytek Co., Ltd.'],
    ['清华大学', 'Tsinghua University'],
    // Compass points and regions, a 工业大学 read any of its three ways, a launch vehicle.
    ['西北工业大学', 'Northwestern Polytechnical University'],
    ['哈尔滨工业大学', 'Harbin Institute of Technology'],
    ['北京工业大学', 'Beijing University of Technology'],
    ['华东理工大学', 'East China University of Science and Technology'],
    ['中国运载火箭技术研究院', 'China Academy of Launch Vehicle Technology'],
  ] as const) {
    const s = score(query, listed);
    assert.ok(s >= DEFAULT_THRESHOLD, `${query} → ${listed}: ${s}`);
  }
  // A brand's characters inside another word stay that word's: 清华大学 is not BGI's, 上海光学 not Hygon's.
  for (const [query, listed] of [
    ['清华大学', 'BGI University'],
    ['上海光学仪器', 'Hygon Optics Instrument'],
  ] as const) {
    const s = score(query, listed);
    assert.ok(s < DEFAULT_THRESHOLD, `${query} ≠ ${listed}: ${s}`);
  }
});

test('Chinese company words in pinyin meet their English words', () => {
  for (const [query, listed] of [
    ['Guangzhou Taicheng Zaochuan Gongye Youxian Gongsi', 'Guangzhou Taicheng Shipbuilding Industry Co., Ltd.'],
    ['Tianjin Hangtian Zhongwei Shuju Xitong Keji Youxian Gongsi', 'Tianjin Aerospace Zhongwei Data System Technology Co., Ltd.'],
    ['Guangxin Zaochuan Zhonggong Youxian Gongsi', 'Guangxin Shipbuilding and Heavy Industry Co., Ltd.'],
    // A word English names translate two ways (Maoyi, Trading or Trade; Jishu, Technology or
    // Technical), in two words (Jinchukou, Import and Export; Jingmao, Economy and Trade), or written
    // in syllables apart (Wei Dianzi, Microelectronics).
    ['Dandong Hongda Maoyi Youxian Gongsi', 'DANDONG HONGDA TRADE CO. LTD.'],
    ['Huawei Jishu Fuwu Youxian Gongsi', 'Huawei Technical Service Co., Ltd.'],
    ['Sichuan Zhonghe Jinchukou Maoyi Youxian Gongsi', 'Sichuan Zhonghe Import and Export Trade Co., Ltd.'],
    ['Dandong Kehua Jingmao Youxian Gongsi', 'DANDONG KEHUA ECONOMY & TRADE CO., LTD.'],
    ['Pingtan Guansheng Yuanyang Yuye Youxian Gongsi', 'PINGTAN GUANSHENG OCEAN FISHING CO., LTD.'],
    ['Hangzhou Zhong Ke Wei Dianzi Youxian Gongsi', 'Hangzhou Zhongke Microelectronics Co., Ltd.'],
  ] as const) {
    const s = score(query, listed);
    assert.ok(s >= DEFAULT_THRESHOLD, `${query} → ${listed}: ${s}`);
  }
  // The same words, another company.
  for (const [query, listed] of [
    ['Dandong Hongda Maoyi Youxian Gongsi', 'DANDONG KEHUA TRADE CO. LTD.'],
    ['Sichuan Zhonghe Jinchukou Maoyi Youxian Gongsi', 'Sichuan Hongda Import and Export Trade Co., Ltd.'],
    ['Pingtan Hongda Yuanyang Yuye Youxian Gongsi', 'PINGTAN GUANSHENG OCEAN FISHING CO., LTD.'],
  ] as const) {
    const s = score(query, listed);
    assert.ok(s < DEFAULT_THRESHOLD, `${query} ≠ ${listed}: ${s}`);
  }
});

test('Chinese universities, academies and state groups in pinyin meet their English names, and only them', () => {
  for (const [query, listed] of [
    // A university's or academy's kind, read as English names order it (Ligong Daxue, University of Science and Technology).
    ['Nanjing Ligong Daxue', 'Nanjing University of Science and Technology'],
    ['Beijing Ligong Daxue', 'Beijing Institute of Technology'],
    ['Xibei Gongye Daxue', 'Northwestern Polytechnical University'],
    ['Haerbin Gongye Daxue', 'Harbin Institute of Technology'],
    ['Xinan Jiaotong Daxue', 'Southwest Jiaotong University'],
    ['Huadong Ligong Daxue', 'East China University of Science and Technology'],
    ['Kongjun Gongcheng Daxue', 'Air Force Engineering University'],
    ['Haijun Gongcheng Daxue', 'Naval University of Engineering'],
    // A 研究院 is an academy as often as an institute; each word read its own way.
    ['Zhongguo Yunzai Huojian Jishu Yanjiuyuan', 'China Academy of Launch Vehicle Technology'],
    ['Zhongguo Gongcheng Wuli Yanjiuyuan', 'Chinese Academy of Engineering Physics'],
    ['Zhongguo Dianxin Jituan Youxian Gongsi', 'China Telecommunications Group'],
  ] as const) {
    const s = score(query, listed);
    assert.ok(s >= DEFAULT_THRESHOLD, `${query} → ${listed}: ${s}`);
  }
  for (const [query, listed] of [
    ['Kongjun Gongcheng Daxue', 'Naval University of Engineering'],
    ['Huadong Ligong Daxue', 'South China University of Technology'],
    ['Nanjing Ligong Daxue', 'Nanjing University of Aeronautics and Astronautics'],
  ] as const) {
    const s = score(query, listed);
    assert.ok(s < DEFAULT_THRESHOLD, `${query} ≠ ${listed}: ${s}`);
  }
});

test('a pinyin word of institutions that is also a given name is read so only beside another company word', () => {
  for (const [query, listed] of [
    ['Wang Haijun', 'NAVY WANG CO'],
    ['Li Huadong', 'EAST CHINA LI CO'],
    ['Zhang Xibei', 'NORTHWEST ZHANG CO'],
  ] as const) {
    const screener = createScreener({ entries: [entry({ id: 'x', names: [listed], kind: 'organization' })] });
    const s = screener.screen({ name: query }, { threshold: 0 })[0]?.score ?? 0;
    assert.ok(s < DEFAULT_THRESHOLD, `${query} ≠ ${listed}: ${s}`);
  }
});

test('a company trade name in Cantonese spelling meets its pinyin, and HK is Hong Kong', () => {
  assert.ok(score('Wah Sun Shipping (HK) Ltd', 'HUAXIN SHIPPING HONGKONG LTD') >= DEFAULT_THRESHOLD);
  assert.ok(score('Wah Sun Shipping (HK) Ltd', 'HUAXING SHIPPING HONGKONG LTD') < DEFAULT_THRESHOLD);
});

test('a pinyin word that is also a given name is read as a company word only in a company name', () => {
  const screener = createScreener({ entries: [entry({ id: 'x', names: ['OCEAN LI CO'], kind: 'organization' })] });
  const s = screener.screen({ name: 'Li Haiyang' }, { threshold: 0 })[0]?.score ?? 0;
  assert.ok(s < DEFAULT_THRESHOLD, `Li Haiyang ≠ OCEAN LI CO: ${s}`);
});

test('Chinese prefectures, places listed in their pinyin, and more company words meet their English names', () => {
  for (const [query, listed] of [
    ['喀什地区公安局', 'Kashgar Prefecture Public Security Bureau'],
    // A place's English name, or the pinyin some listings keep, beside a word read its second way (市, municipal).
    ['和田地区公安局', 'Hetian Prefecture Public Security Bureau'],
    ['和田地区公安局', 'Hotan Prefecture Public Security Bureau'],
    ['乌鲁木齐市公安局', 'Wulumuqi Municipal Public Security Bureau'],
    ['华为云计算技术有限公司', 'Huawei Cloud Computing Technology'],
  ] as const) {
    const s = score(query, listed);
    assert.ok(s >= DEFAULT_THRESHOLD, `${query} → ${listed}: ${s}`);
  }
  for (const [query, listed] of [
    ['和田地区公安局', 'Kashgar Prefecture Public Security Bureau'],
    ['华为云计算技术有限公司', 'Huawei Quantum Computing Technology'],
  ] as const) {
    const s = score(query, listed);
    assert.ok(s < DEFAULT_THRESHOLD, `${query} ≠ ${listed}: ${s}`);
  }
});

test('a Chinese name in characters meets its English name that opens with China, and the ordnance groups theirs', () => {
  for (const [query, listed] of [
    ['航天时代电子技术股份有限公司', 'CHINA AEROSPACE TIMES ELECTRONICS CO., LTD'],
    ['航天科工集团', 'China Aerospace Science and Industry Corporation'],
    ['中国兵器工业集团有限公司', 'China North Industries Group Corporation Limited'],
    ['中国兵器装备集团有限公司', 'China South Industries Group Corporation'],
    ['Zhongguo Bingqi Gongye Jituan Youxian Gongsi', 'China North Industries Group Corporation Limited'],
    ['Zhongguo Bingqi Zhuangbei Jituan Youxian Gongsi', 'China South Industries Group Corporation'],
  ] as const) {
    const s = score(query, listed);
    assert.ok(s >= DEFAULT_THRESHOLD, `${query} → ${listed}: ${s}`);
  }
  // Generic words alone, or another group, are not the listed company.
  for (const [query, listed] of [
    ['海洋集团', 'China Ocean Group'],
    ['电子集团', 'China Electronics Corporation'],
    ['航天电子集团', 'China Electronics Group'],
    ['中国兵器工业集团有限公司', 'China South Industries Group Corporation'],
    ['Zhongguo Bingqi Gongye Jituan Youxian Gongsi', 'China South Industries Group Corporation'],
    ['中国海洋集团', 'China Electronics Group'],
  ] as const) {
    const s = score(query, listed);
    assert.ok(s < DEFAULT_THRESHOLD, `${query} ≠ ${listed}: ${s}`);
  }
});

test('a Chinese trade name in Wade-Giles meets its pinyin, joined or split, and no other trade name', () => {
  for (const [query, listed] of [
    ['Ruicheng Shipping Co Ltd', 'JUI CHENG SHIPPING COMPANY LIMITED'],
    ['Ruizong Ship Management Co Ltd', 'JUI ZONG SHIP MANAGEMENT CO LTD'],
    ['Hsun Wei Technologies Co., Ltd.', 'Xunwei Technologies Co., Ltd.'],
    ['Jui Cheng Shipping Co Ltd', 'RUICHENG SHIPPING CO LTD'],
  ] as const) {
    const s = score(query, listed);
    assert.ok(s >= DEFAULT_THRESHOLD, `${query} → ${listed}: ${s}`);
  }
  const s = score('Ruicheng Shipping Co Ltd', 'JUI HSIN SHIPPING COMPANY LIMITED');
  assert.ok(s < DEFAULT_THRESHOLD, `Jui Hsin: ${s}`);
});

test('more words of state groups and institutes in pinyin meet their English names, and only them', () => {
  for (const [query, listed] of [
    // Jianshe (construction, or engineering), jiaotong (communications), and the nuclear industry left out.
    ['Zhongguo Jiaotong Jianshe Gufen Youxian Gongsi', 'China Communications Construction Company Limited'],
    ['Zhongguo He Gongye Jianshe Jituan Youxian Gongsi', 'China Nuclear Engineering Group Co., Ltd.'],
    // Jingmi Jixie (fine mechanics), yixue (medical), binglie jisuanji (parallel computer).
    ['Zhongguo Kexueyuan Xi\'an Guangxue Jingmi Jixie Yanjiusuo', 'Chinese Academy of Sciences Xi\'an Institute of Optics and Fine Mechanics'],
    ['Junshi Yixue Kexueyuan', 'Academy of Military Medical Sciences'],
    ['Guojia Binglie Jisuanji Gongcheng Jishu Yanjiu Zhongxin', 'National Research Center for Parallel Computer Engineering and Technology'],
    // Yu (and) between two company words.
    ['Zhongguo Kongqi Dongli Yanjiu yu Fazhan Zhongxin', 'China Aerodynamics Research and Development Center'],
    // A public security office with the body that closes its name (厅 ting, 局 ju).
    ["Xinjiang Gong'an Ting", 'Xinjiang Public Security Bureau'],
    ["Xinjiang Gong'an Ting", 'Xinjiang Public Security Department'],
  ] as const) {
    const s = score(query, listed);
    assert.ok(s >= DEFAULT_THRESHOLD, `${query} → ${listed}: ${s}`);
  }
  for (const [query, listed] of [
    ['Zhongguo He Gongye Jianshe Jituan Youxian Gongsi', 'China Railway Engineering Group Co., Ltd.'],
    ['Guojia Binglie Jisuanji Gongcheng Jishu Yanjiu Zhongxin', 'National Research Center for Quantum Computer Engineering and Technology'],
    ["Xinjiang Gong'an Ting", 'Xinjiang Production and Construction Corps'],
  ] as const) {
    const s = score(query, listed);
    assert.ok(s < DEFAULT_THRESHOLD, `${query} ≠ ${listed}: ${s}`);
  }
});

test('a given name that is also a pinyin word of institutions, or yu, ting and ju, are read so only in a company name', () => {
  for (const [query, listed] of [
    ['Wang Jianshe', 'CONSTRUCTION WANG CO'],
    ['Gong An Ting', 'PUBLIC SECURITY GONG BUREAU'],
    ['Li Yu Jianshe', 'LI AND CONSTRUCTION CO'],
    ['Zhang Guojia', 'NATIONAL ZHANG CO'],
  ] as const) {
    const screener = createScreener({ entries: [entry({ id: 'x', names: [listed], kind: 'organization' })] });
    const s = screener.screen({ name: query }, { threshold: 0 })[0]?.score ?? 0;
    assert.ok(s < DEFAULT_THRESHOLD, `${query} ≠ ${listed}: ${s}`);
  }
});

test('an institution named in Wade-Giles meets its English name, and a word that only reads as one word of it does not', () => {
  for (const [query, listed] of [
    ["Chung-kuo K'o-hsueh-yuan Wu-li Yen-chiu-so", 'Chinese Academy of Sciences, Institute of Physics'],
    ["Chung-kuo K'o-hsueh-yuan Chi-suan Chi-shu Yen-chiu-so", 'Institute of Computing Technology, Chinese Academy of Sciences'],
  ] as const) {
    for (const type of ['organization', undefined] as const) {
      const screener = createScreener({ entries: [entry({ id: 'x', names: [listed], kind: 'organization' })] });
      const s = screener.screen({ name: query, type }, { threshold: 0 })[0]?.score ?? 0;
      assert.ok(s >= DEFAULT_THRESHOLD, `${query} (${type}) → ${listed}: ${s}`);
    }
  }
  // IKEA read as Wade-Giles is yi ke a, yike medical: one company word is not enough.
  assert.ok(score('IKEA', 'MEDIC') < DEFAULT_THRESHOLD);
});

test('China General Nuclear is read from its short name 广核, in simplified or traditional characters', () => {
  for (const query of ['中国广核集团', '中國廣核集團']) {
    const s = score(query, 'China General Nuclear Power Group');
    assert.ok(s >= DEFAULT_THRESHOLD, `${query}: ${s}`);
    assert.ok(score(query, 'China National Nuclear Corporation') < DEFAULT_THRESHOLD);
  }
});

test('Unicom, Dawning and the industries of provincial companies (heavy machinery, military industry, industry and trade, fiberglass) meet their English names', () => {
  for (const [query, listed] of [
    ['中國聯合網絡通信（香港）股份有限公司', 'China Unicom (Hong Kong) Limited'],
    ['中国联通', 'China Unicom Limited'],
    ['曙光信息产业股份有限公司', 'Dawning Information Industry Co., Ltd'],
    ['中航重机股份有限公司', 'AVIC Heavy Machinery Company Limited'],
    ['Zhonghang Zhongji Gufen Youxian Gongsi', 'AVIC Heavy Machinery Company Limited'],
    ['Anhui Changcheng Jungong Gufen Youxian Gongsi', 'Anhui Great Wall Military Industry Company Limited'],
    ['Dandong Zhongsheng Gongmao Youxian Gongsi', 'DANDONG ZHONGSHENG INDUSTRY & TRADE CO., LTD.'],
    ['Nanjing Boli Xianwei Yanjiu Sheji Yuan', 'Nanjing Fiberglass Research and Design Institute'],
    ['Zhongxin Nanfang Jicheng Dianlu Zhizao Youxian Gongsi', 'SMIC Southern Integrated Circuit Manufacturing Co., Ltd.'],
  ] as const) {
    const s = score(query, listed);
    assert.ok(s >= DEFAULT_THRESHOLD, `${query} → ${listed}: ${s}`);
  }
  for (const [query, listed] of [
    ['Dandong Zhongsheng Gongmao Youxian Gongsi', 'DANDONG HONGXIANG INDUSTRIAL DEVELOPMENT CO LTD'],
    ['中国联通', 'China Telecom Corporation Limited'],
  ] as const) {
    const s = score(query, listed);
    assert.ok(s < DEFAULT_THRESHOLD, `${query} ≠ ${listed}: ${s}`);
  }
});

test('Mongolian autonomous areas, the Central Military Commission and more institute and maker words meet their English names, and only them', () => {
  for (const [query, listed] of [
    ['博尔塔拉蒙古自治州公安局', 'Bortala Mongolian Autonomous Prefecture Public Security Bureau'],
    ['锡林郭勒盟公安局', 'Xilingol League Public Security Bureau'],
    ['Bayinguoleng Menggu Zizhizhou Gonganju', 'Bayingolin Mongolian Autonomous Prefecture Public Security Bureau'],
    ['Wulanchabu Nanda Microelectronics Materials', 'Ulanqab Nanda Microelectronics Materials Co., Ltd.'],
    ['中国科学院国家授时中心', 'Chinese Academy of Sciences, National Time Service Center'],
    ['兰州生物制品研究所有限责任公司', 'Lanzhou Institute of Biological Products Co., Ltd.'],
    ['中央軍委裝備發展部', 'Equipment Development Department of the Central Military Commission'],
    ['哈尔滨涡轮叶片有限公司', 'Harbin Turbine Blade Co. Ltd.'],
    ['无锡透平叶片有限公司', 'Wuxi Turbine Blade Co. Ltd.'],
    ['Suzhou Xianjin Jishu Yanjiuyuan', 'Suzhou Institute of Advanced Technology'],
    ['Jiangsu Meilong Hangkong Bujian Co.', 'Jiangsu Meilong Aviation Components Co.'],
    ['Shenzhen Huada Jiyin Keji Youxian Gongsi', 'Shenzhen BGI Genomics Technology Co., Ltd.'],
  ] as const) {
    const s = score(query, listed);
    assert.ok(s >= DEFAULT_THRESHOLD, `${query} → ${listed}: ${s}`);
  }
  for (const [query, listed] of [
    ['博尔塔拉蒙古自治州公安局', 'Hulunbuir Public Security Bureau'],
    ['无锡透平叶片有限公司', 'Wuxi Turbine Engine Co. Ltd.'],
    ['Jiangsu Meilong Hangkong Bujian Co.', 'Jiangsu Meilong Aviation Engine Co.'],
  ] as const) {
    const s = score(query, listed);
    assert.ok(s < DEFAULT_THRESHOLD, `${query} ≠ ${listed}: ${s}`);
  }
});

test('CCCC (中交), waterway bureaus and aerospace (空天) institutes written in characters meet their English names', () => {
  for (const [query, listed] of [
    ['中交廣州航道局有限公司', 'China Communications Construction Company Guangzhou Waterway Bureau'],
    ['中交上海航道局有限公司', 'China Communications Construction Company Shanghai Waterway Bureau'],
    ['中国科学院空天信息创新研究院', 'Aerospace Information Research Institute, Chinese Academy of Sciences'],
  ] as const) {
    const s = score(query, listed);
    assert.ok(s >= DEFAULT_THRESHOLD, `${query} → ${listed}: ${s}`);
  }
  // 中交 is no other state group's short name.
  assert.ok(score('中交廣州航道局有限公司', 'AVIC Guangzhou Aviation Bureau') < DEFAULT_THRESHOLD);
});
