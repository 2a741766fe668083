/**
 * Japanese readings (Hepburn, long vowels unmarked, as passports write them) of the commonest
 * Japanese surnames and given names written in kanji: a Chinese reading of 山田太郎 (Shantian
 * Tailang) meets nothing, the Japanese one (Yamada Taro) meets the listing. Written for the project
 * from the published frequency of Japanese surnames and given names.
 */
export const JAPANESE_SURNAMES: Readonly<Record<string, string>> = {
  佐藤: 'sato', 鈴木: 'suzuki', 高橋: 'takahashi', 田中: 'tanaka', 伊藤: 'ito', 渡辺: 'watanabe', 渡邊: 'watanabe', 山本: 'yamamoto',
  中村: 'nakamura', 小林: 'kobayashi', 加藤: 'kato', 吉田: 'yoshida', 山田: 'yamada', 佐々木: 'sasaki', 山口: 'yamaguchi',
  松本: 'matsumoto', 井上: 'inoue', 木村: 'kimura', 林: 'hayashi', 斎藤: 'saito', 斉藤: 'saito', 清水: 'shimizu', 山崎: 'yamazaki',
  森: 'mori', 池田: 'ikeda', 橋本: 'hashimoto', 阿部: 'abe', 石川: 'ishikawa', 山下: 'yamashita', 中島: 'nakajima', 石井: 'ishii',
  小川: 'ogawa', 前田: 'maeda', 岡田: 'okada', 長谷川: 'hasegawa', 藤田: 'fujita', 後藤: 'goto', 近藤: 'kondo', 村上: 'murakami',
  遠藤: 'endo', 青木: 'aoki', 坂本: 'sakamoto', 斉木: 'saiki', 福田: 'fukuda', 太田: 'ota', 西村: 'nishimura', 藤井: 'fujii',
  金子: 'kaneko', 岡本: 'okamoto', 藤原: 'fujiwara', 中野: 'nakano', 三浦: 'miura', 原田: 'harada', 中川: 'nakagawa', 松田: 'matsuda',
  竹内: 'takeuchi', 小野: 'ono', 田村: 'tamura', 中山: 'nakayama', 和田: 'wada', 石田: 'ishida', 森田: 'morita', 上田: 'ueda',
  原: 'hara', 内田: 'uchida', 柴田: 'shibata', 酒井: 'sakai', 宮崎: 'miyazaki', 横山: 'yokoyama', 高木: 'takagi', 安藤: 'ando',
  宮本: 'miyamoto', 大野: 'ono', 小島: 'kojima', 谷口: 'taniguchi', 今井: 'imai', 工藤: 'kudo', 高田: 'takada', 増田: 'masuda',
  丸山: 'maruyama', 杉山: 'sugiyama', 村田: 'murata', 大塚: 'otsuka', 新井: 'arai', 小山: 'koyama', 平野: 'hirano', 藤本: 'fujimoto',
  河野: 'kono', 上野: 'ueno', 野口: 'noguchi', 武田: 'takeda', 松井: 'matsui', 千葉: 'chiba', 岩崎: 'iwasaki', 菅原: 'sugawara',
  木下: 'kinoshita', 久保: 'kubo', 佐野: 'sano', 野村: 'nomura', 松尾: 'matsuo', 市川: 'ichikawa', 菊地: 'kikuchi', 杉本: 'sugimoto',
  安倍: 'abe', 岸田: 'kishida', 麻生: 'aso', 菅: 'suga', 石破: 'ishiba', 高市: 'takaichi', 小泉: 'koizumi', 野田: 'noda',
};

export const JAPANESE_GIVEN_NAMES: Readonly<Record<string, string>> = {
  太郎: 'taro', 一郎: 'ichiro', 次郎: 'jiro', 三郎: 'saburo', 健: 'ken', 健一: 'kenichi', 誠: 'makoto', 浩: 'hiroshi', 博: 'hiroshi',
  学: 'manabu', 隆: 'takashi', 茂: 'shigeru', 豊: 'yutaka', 清: 'kiyoshi', 実: 'minoru', 勇: 'isamu', 明: 'akira', 翔: 'sho',
  大輔: 'daisuke', 直樹: 'naoki', 和也: 'kazuya', 拓也: 'takuya', 達也: 'tatsuya', 健太: 'kenta', 翔太: 'shota', 大樹: 'daiki',
  雄一: 'yuichi', 浩二: 'koji', 晋三: 'shinzo', 文雄: 'fumio', 義偉: 'yoshihide', 純一郎: 'junichiro', 太一: 'taichi',
  花子: 'hanako', 洋子: 'yoko', 裕子: 'yuko', 恵子: 'keiko', 京子: 'kyoko', 幸子: 'sachiko', 和子: 'kazuko', 久美子: 'kumiko',
  由美子: 'yumiko', 智子: 'tomoko', 美香: 'mika', 愛: 'ai', 陽子: 'yoko', 真由美: 'mayumi', 明美: 'akemi', 早苗: 'sanae',
  さくら: 'sakura', 美咲: 'misaki', 彩: 'aya', 優子: 'yuko', 直子: 'naoko', 典子: 'noriko', 純子: 'junko', 麻衣: 'mai',
};
