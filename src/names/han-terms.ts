/**
 * Chinese words that organisation names translate rather than transliterate in their English names
 * (广州海格通信集团 → Guangzhou Haige Communications Group). Simplified and Traditional forms;
 * values are the tokens the abbreviation table maps English spellings to; a word English names
 * translate two ways gives both, split by '|', the second of them possibly empty (a word the
 * English name leaves out).
 */
export const HAN_TERMS: Readonly<Record<string, string>> = {
  集团: 'group', 集團: 'group', 通信: 'communication', 通讯: 'communication', 通訊: 'communication', 电信: 'telecommunication',
  電信: 'telecommunication', 科技: 'technology', 技术: 'technology', 技術: 'technology', 电子: 'electronic', 電子: 'electronic',
  国际: 'international', 國際: 'international', 贸易: 'trading', 貿易: 'trading', 商贸: 'trading', 商貿: 'trading',
  工业: 'industry', 工業: 'industry', 实业: 'industry', 實業: 'industry', 控股: 'holding', 银行: 'bank', 銀行: 'bank',
  研究所: 'research institute', 研究院: 'research institute|academy', 研究中心: 'research center', 大学: 'university', 大學: 'university',
  学院: 'institute|college', 學院: 'institute|college', 航空: 'aviation', 航天: 'aerospace', 船舶: 'shipbuilding', 进出口: 'import export',
  進出口: 'import export', 机械: 'machinery', 機械: 'machinery', 设备: 'equipment', 設備: 'equipment', 能源: 'energy',
  石油: 'petroleum', 化工: 'chemical', 投资: 'investment', 投資: 'investment', 发展: 'development', 發展: 'development',
  工程: 'engineering', 制造: 'manufacturing', 製造: 'manufacturing', 电力: 'power', 電力: 'power', 网络: 'network',
  網絡: 'network', 軟件: 'software', 软件: 'software', 信息: 'information', 光电: 'optoelectronic', 光電: 'optoelectronic',
  半导体: 'semiconductor', 半導體: 'semiconductor', 微电子: 'microelectronic', 微電子: 'microelectronic', 物流: 'logistics',
  航运: 'shipping', 航運: 'shipping', 海运: 'shipping', 海運: 'shipping', 仪器: 'instrument', 儀器: 'instrument',
  材料: 'material', 医药: 'pharmaceutical', 醫藥: 'pharmaceutical', 生物: 'biology', 智能: 'intelligent', 系统: 'system',
  系統: 'system', 香港: 'hong kong', 中国: 'china|chinese', 中國: 'china|chinese', 国家: 'national', 國家: 'national', 研究: 'research',
  中心: 'center', 分公司: 'branch', 办事处: 'office', 辦事處: 'office', 服务: 'service', 服務: 'service', 物资: 'material',
  装备: 'equipment', 裝備: 'equipment', 工厂: 'factory', 工廠: 'factory', 矿业: 'mining', 礦業: 'mining',
  兵器: 'ordnance', 核工业: 'nuclear industry|nuclear', 核工業: 'nuclear industry|nuclear', 电气: 'electric', 電氣: 'electric',
  汽车: 'automobile', 汽車: 'automobile', 光学: 'optics', 光學: 'optics', 计算机: 'computer', 計算機: 'computer',
  机器人: 'robot', 機器人: 'robot', 无人机: 'drone|uav|unmanned aerial vehicle', 無人機: 'drone|uav|unmanned aerial vehicle', 海洋: 'ocean', 造船: 'shipbuilding',
  导弹: 'missile', 導彈: 'missile', 雷达: 'radar', 雷達: 'radar', 卫星: 'satellite', 衛星: 'satellite',
  科工: 'science industry', 动力: 'power', 動力: 'power', 火箭: 'rocket',
  产业: 'industry', 產業: 'industry', 联合: 'united', 聯合: 'united', 发动机: 'engine', 發動機: 'engine', 数字: 'digital',
  數字: 'digital', 创新: 'innovation', 創新: 'innovation', 金属: 'metal', 金屬: 'metal',
  生产: 'production', 生產: 'production', 建设: 'construction', 建設: 'construction', 兵团: 'corps', 兵團: 'corps',
  集成电路: 'integrated circuit', 集成電路: 'integrated circuit', 移动: 'mobile', 移動: 'mobile', 省: 'province|provincial', 市: 'city|municipal',
  精密: 'precision', 重工: 'heavy industry', 船厂: 'shipyard', 船廠: 'shipyard', 钢铁: 'steel', 鋼鐵: 'steel',
  // The same words as org-terms.ts gives in pinyin (商务 shangwu, business; 数控 shukong, CNC), and
  // more common words of company names, from knowledge of Chinese.
  商务: 'business', 商務: 'business', 物联网: 'iot', 物聯網: 'iot', 互联网: 'internet',
  互聯網: 'internet', 数控: 'cnc', 數控: 'cnc', 测量: 'measuring', 測量: 'measuring', 咨询: 'consulting', 諮詢: 'consulting',
  管理: 'management', 检测: 'testing', 檢測: 'testing', 自动化: 'automation', 自動化: 'automation', 控制: 'control',
  激光: 'laser', 红外: 'infrared', 紅外: 'infrared', 芯片: 'chip', 电池: 'battery', 電池: 'battery', 传感器: 'sensor',
  傳感器: 'sensor', 导航: 'navigation', 導航: 'navigation', 教育: 'education', 金融: 'finance', 保险: 'insurance',
  保險: 'insurance', 证券: 'securities', 證券: 'securities', 建筑: 'construction', 建築: 'construction', 环保: 'environmental',
  環保: 'environmental', 农业: 'agriculture', 農業: 'agriculture', 医疗: 'medical', 醫療: 'medical', 器械: 'equipment',
  运输: 'transport', 運輸: 'transport', 仓储: 'warehousing', 倉儲: 'warehousing', 新能源: 'new energy', 光伏: 'photovoltaic',
  实验室: 'laboratory', 實驗室: 'laboratory', 协会: 'association', 協會: 'association', 基金会: 'foundation',
  基金會: 'foundation', 医院: 'hospital', 醫院: 'hospital', 委员会: 'committee', 委員會: 'committee', 重型: 'heavy',
  // 微系统, microsystem, a field institutes are named for (微系统与信息技术研究所).
  微系统: 'microsystem', 微系統: 'microsystem',
  // Ordinals that number factories and institutes (第一机械: First Machinery; 第二研究所).
  第一: 'first', 第二: 'second', 第三: 'third', 第四: 'fourth', 第五: 'fifth', 第六: 'sixth', 第七: 'seventh', 第八: 'eighth',
  第九: 'ninth', 第十: 'tenth',
  // Places whose English name is not their pinyin (内蒙古 Nei Menggu, Inner Mongolia; 西藏 Xizang, Tibet;
  // 澳门 Aomen, Macau). An autonomous region's people and kind are often dropped from the English name
  // (新疆维吾尔自治区公安厅: Xinjiang Public Security Bureau): the second reading, after '|', leaves them out.
  内蒙古: 'inner mongolia', 內蒙古: 'inner mongolia', 西藏: 'tibet', 澳门: 'macau', 澳門: 'macau',
  维吾尔自治区: 'uyghur autonomous region|', 維吾爾自治區: 'uyghur autonomous region|', 壮族自治区: 'zhuang autonomous region|',
  壯族自治區: 'zhuang autonomous region|', 回族自治区: 'hui autonomous region|', 回族自治區: 'hui autonomous region|',
  自治区: 'autonomous region|', 自治區: 'autonomous region|', 自治州: 'autonomous prefecture',
  // State bodies: a province's 公安厅 is its Public Security Department, a city's 公安局 its Bureau, but
  // English listings call both bureaus.
  公安厅: 'public security department|public security bureau', 公安廳: 'public security department|public security bureau',
  公安局: 'public security bureau', 公安部: 'ministry of public security', 国家安全部: 'ministry of state security',
  國家安全部: 'ministry of state security', 国家安全局: 'state security bureau', 國家安全局: 'state security bureau',
  公安: 'public security', 安全: 'security', 商务部: 'ministry of commerce', 商務部: 'ministry of commerce',
  // Communications in the English names of state companies and banks (中国交通建设, China Communications
  // Construction; 交通银行, Bank of Communications); universities keep Jiaotong.
  交通: 'communication|jiaotong',
  // State groups and makers whose English short name is no translation (中航光电, AVIC Jonhon Optronic;
  // 保利科技, Poly Technologies; 熊猫电子, Panda Electronics), from knowledge of Chinese companies; the
  // second reading is the pinyin some English names keep.
  中航: 'avic|zhonghang', 保利: 'poly|baoli', 熊猫: 'panda|xiongmao', 熊貓: 'panda|xiongmao', 长城: 'great wall|changcheng',
  長城: 'great wall|changcheng', 中兴: 'zte|zhongxing', 中興: 'zte|zhongxing', 海康威视: 'hikvision|haikang weishi',
  海康威視: 'hikvision|haikang weishi', 大疆: 'dji|dajiang', 中船: 'cssc|zhongchuan', 中核: 'cnnc|zhonghe',
  // 中国航发 (航发, 航空发动机 aero engine) is AECC, the Aero Engine Corporation of China, whose makers'
  // English names open with it (中国航发沈阳黎明航空发动机, AECC Shenyang Liming Aero Engine); 航空发动机
  // itself is Aero Engine. 火炬, Torch, names the state's high-technology programme and the companies of
  // its parks (福建火炬电子科技, Fujian Torch Electron Technology).
  中国航发: 'aecc|zhongguo hangfa', 中國航發: 'aecc|zhongguo hangfa', 航发: 'aecc|hangfa', 航發: 'aecc|hangfa',
  航空发动机: 'aero engine', 航空發動機: 'aero engine', 火炬: 'torch|huoju',
  // 广核 (广东核电, Guangdong nuclear power) is China General Nuclear Power's short name (中国广核集团,
  // China General Nuclear Power Group; 中广核, CGN).
  广核: 'general nuclear power|guanghe', 廣核: 'general nuclear power|guanghe', 中广核: 'cgn|zhongguanghe', 中廣核: 'cgn|zhongguanghe',
  // 中芯 is SMIC, Semiconductor Manufacturing International Corporation: its companies' English names
  // spell the short name out and leave out the integrated-circuit making (中芯国际集成电路制造（北京）,
  // Semiconductor Manufacturing International (Beijing) Corporation; 中芯南方, Semiconductor
  // Manufacturing South China). 摩尔线程 is the brand Moore Threads.
  中芯: 'semiconductor manufacturing|smic', 集成电路制造: 'integrated circuit manufacturing|',
  集成電路製造: 'integrated circuit manufacturing|', 摩尔线程: 'moore thread|moer xiancheng', 摩爾線程: 'moore thread|moer xiancheng',
  卫通: 'satellite communication', 衛通: 'satellite communication', 终端: 'device|terminal', 終端: 'device|terminal',
  南方: 'south china|southern', 北方: 'north china|northern',
  // Compass points and regions of institutions' names (西北工业大学, Northwestern Polytechnical
  // University; 西南交通大学, Southwest Jiaotong University; 华东理工大学, East China University of
  // Science and Technology; 中南大学, Central South University), as pinyin-org-readings.ts has them.
  西北: 'northwestern|northwest', 东北: 'northeastern|northeast', 東北: 'northeastern|northeast', 西南: 'southwestern|southwest',
  东南: 'southeastern|southeast', 東南: 'southeastern|southeast', 华东: 'east china', 華東: 'east china', 华南: 'south china',
  華南: 'south china', 华北: 'north china', 華北: 'north china', 华中: 'central china', 華中: 'central china',
  中南: 'central south|south central',
  // A 工业大学 is a University of Technology, a Polytechnical University or an Institute of Technology
  // (北京工业大学, 西北工业大学, 哈尔滨工业大学); 运载火箭 a launch vehicle; 海洋石油 offshore oil
  // (中国海洋石油集团, China National Offshore Oil Corporation; 海洋石油工程, Offshore Oil Engineering).
  工业大学: 'university of technology|polytechnical university|institute of technology',
  工業大學: 'university of technology|polytechnical university|institute of technology',
  运载火箭: 'launch vehicle|carrier rocket', 運載火箭: 'launch vehicle|carrier rocket', 海洋石油: 'offshore oil',

  // The two ordnance groups' English names say North and South Industries for 兵器工业 and 兵器装备
  // (中国兵器工业集团, China North Industries Group; 中国兵器装备集团, China South Industries Group);
  // their institutes' names say Ordnance Industry.
  兵器工业: 'ordnance industry|north industries', 兵器工業: 'ordnance industry|north industries',
  兵器装备: 'ordnance equipment|south industries', 兵器裝備: 'ordnance equipment|south industries',
  // The English names of the nuclear group and its institutes leave out the industry (中国核工业集团,
  // China National Nuclear Corporation; 核工业西南物理研究院, Southwestern Institute of Physics): the
  // second reading of 核工业 above.
  // Research, defence and technology bodies. The Chinese Academy of Sciences (中国科学院) is left out
  // of the English names of most of its institutes (中国科学院上海光学精密机械研究所, Shanghai
  // Institute of Optics and Fine Mechanics), so its second reading is empty; a 研究院 is an academy
  // as often as a research institute (中国工程物理研究院, Chinese Academy of Engineering Physics).
  中国科学院: 'chinese academy of sciences|', 中國科學院: 'chinese academy of sciences|', 科学院: 'academy of sciences',
  科學院: 'academy of sciences', 工程院: 'academy of engineering', 社会科学院: 'academy of social sciences',
  社會科學院: 'academy of social sciences', 精密机械: 'fine mechanics|precision machinery',
  精密機械: 'fine mechanics|precision machinery', 空气动力: 'aerodynamics', 空氣動力: 'aerodynamics', 与: 'and', 與: 'and',
  物理: 'physics', 化学: 'chemistry', 化學: 'chemistry', 数学: 'mathematics', 數學: 'mathematics', 声学: 'acoustics', 聲學: 'acoustics',
  空军: 'air force', 空軍: 'air force', 海军: 'navy|naval', 海軍: 'navy|naval', 陆军: 'army', 陸軍: 'army',
  火箭军: 'rocket force', 火箭軍: 'rocket force', 国防: 'national defense', 國防: 'national defense',
  人民解放军: 'peoples liberation army|pla', 人民解放軍: 'peoples liberation army|pla', 解放军: 'pla|peoples liberation army',
  解放軍: 'pla|peoples liberation army', 战略支援部队: 'strategic support force', 戰略支援部隊: 'strategic support force',
  武警: 'armed police', 军事: 'military', 軍事: 'military', 军工: 'military industry', 軍工: 'military industry',
  部队: 'unit', 部隊: 'unit', 试验: 'test', 試驗: 'test', 测控: 'measurement control', 測控: 'measurement control',
  核动力: 'nuclear power', 核動力: 'nuclear power', 电磁: 'electromagnetic', 電磁: 'electromagnetic', 量子: 'quantum',
  超级计算: 'supercomputing', 超級計算: 'supercomputing', 高性能: 'high performance', 人工智能: 'artificial intelligence',
  // Universities and colleges: a 理工大学 is a University of Science and Technology or an Institute of
  // Technology (北京理工大学, Beijing Institute of Technology); 邮电 is Posts and Telecommunications; a
  // 学院 is a college as often as an institute (新疆警察学院, Xinjiang Police College).
  理工大学: 'university of science and technology|institute of technology',
  理工大學: 'university of science and technology|institute of technology', 理工: 'science and technology',
  邮电: 'posts and telecommunications', 郵電: 'posts and telecommunications', 警察: 'police', 警官: 'police',
  医学: 'medical', 醫學: 'medical', 生命科学: 'life sciences', 生命科學: 'life sciences', 基因: 'genomics|gene',
  // More words of company names: 时代 (航天时代电子, Aerospace Times Electronics), 海缆 (submarine
  // cable), 飞机 (中航西安飞机工业, AVIC Xi'an Aircraft Industry).
  时代: 'times', 時代: 'times', 海缆: 'submarine cable', 海纜: 'submarine cable', 电缆: 'cable', 電纜: 'cable',
  飞机: 'aircraft', 飛機: 'aircraft', 云计算: 'cloud computing', 雲計算: 'cloud computing', 计算: 'computing', 計算: 'computing',
  高压: 'high pressure', 高壓: 'high pressure', 科学: 'science', 科學: 'science', 直升机: 'helicopter', 直升機: 'helicopter',
  光纤: 'optical fiber|fiber', 光纖: 'optical fiber|fiber',
  // Industries and institutes of provincial and state companies, as pinyin-org-readings.ts reads them in
  // pinyin: 重机 heavy machinery, 工贸 industry and trade, 玻璃纤维 fiberglass, 设计院 design institute.
  重机: 'heavy machinery', 重機: 'heavy machinery', 工贸: 'industry and trade|industry trade', 工貿: 'industry and trade|industry trade',
  玻璃纤维: 'fiberglass|glass fiber', 玻璃纖維: 'fiberglass|glass fiber', 设计: 'design', 設計: 'design',
  设计院: 'design institute', 設計院: 'design institute', 研究设计院: 'research and design institute|research design institute',
  研究設計院: 'research and design institute|research design institute',
  // A city's bodies are municipal in English names (乌鲁木齐市公安局, Urumqi Municipal Public Security Bureau).
  // More places whose English name is not their pinyin: Uyghur and Mongolian names, and Harbin.
  // Listings also keep such a place's pinyin (和田, Hotan, listed as Hetian): the second reading.
  乌鲁木齐: 'urumqi|wulumuqi', 烏魯木齊: 'urumqi|wulumuqi', 哈尔滨: 'harbin|haerbin', 哈爾濱: 'harbin|haerbin',
  呼和浩特: 'hohhot|huhehaote', 拉萨: 'lhasa|lasa', 拉薩: 'lhasa|lasa', 喀什: 'kashgar|kashi', 吐鲁番: 'turpan|tulufan',
  吐魯番: 'turpan|tulufan', 和田: 'hotan|hetian', 克拉玛依: 'karamay|kelamayi', 克拉瑪依: 'karamay|kelamayi',
  阿克苏: 'aksu|akesu', 阿克蘇: 'aksu|akesu', 伊犁: 'ili|yili', 包头: 'baotou', 包頭: 'baotou',
  // A 地区 is a prefecture of a province (喀什地区, Kashgar Prefecture), not the pinyin diqu.
  地区: 'prefecture', 地區: 'prefecture',
  // Brands whose English name is no translation, the pinyin kept as the second reading (浪潮 Inspur,
  // 龙芯 Loongson, 华大 BGI, 海思 HiSilicon, 同方威视 Nuctech, 商汤 SenseTime, 旷视 Megvii, 科大讯飞
  // iFlytek, 曙光 Sugon, 飞腾 Phytium, 申威 Sunway, 长江存储 Yangtze Memory, 长鑫 CXMT, 海光 Hygon, 寒武纪
  // Cambricon, 中远 COSCO, 中化 Sinochem, 中石化 Sinopec, 中海油 CNOOC, 中车 CRRC, 烽火 FiberHome, 海能达
  // Hytera, 紫光 Unigroup, 云从 CloudWalk, 美亚柏科 Meiya Pico, 比特大陆 Bitmain), from knowledge of
  // Chinese groups on the Entity List and the SDN list.
  浪潮: 'inspur|langchao', 龙芯: 'loongson|longxin', 龍芯: 'loongson|longxin', 奇虎: 'qihoo|qihu', 华大: 'bgi|huada',
  華大: 'bgi|huada', 海思: 'hisilicon|haisi', 同方威视: 'nuctech|tongfang weishi', 同方威視: 'nuctech|tongfang weishi',
  商汤: 'sensetime|shangtang', 商湯: 'sensetime|shangtang', 旷视: 'megvii|kuangshi', 曠視: 'megvii|kuangshi',
  科大讯飞: 'iflytek|keda xunfei', 科大訊飛: 'iflytek|keda xunfei', 讯飞: 'iflytek|xunfei', 訊飛: 'iflytek|xunfei',
  曙光: 'sugon|shuguang|dawning', 飞腾: 'phytium|feiteng', 飛騰: 'phytium|feiteng', 申威: 'sunway|shenwei',
  长江存储: 'yangtze memory|changjiang cunchu', 長江存儲: 'yangtze memory|changjiang cunchu', 长鑫: 'cxmt|changxin',
  長鑫: 'cxmt|changxin', 海光: 'hygon|haiguang', 寒武纪: 'cambricon|hanwuji', 寒武紀: 'cambricon|hanwuji',
  中远: 'cosco|zhongyuan', 中遠: 'cosco|zhongyuan', 中化: 'sinochem|zhonghua', 中石化: 'sinopec|zhongshihua',
  中海油: 'cnooc|zhonghaiyou', 中车: 'crrc|zhongche', 中車: 'crrc|zhongche', 烽火: 'fiberhome|fenghuo',
  海能达: 'hytera|hainengda', 海能達: 'hytera|hainengda', 紫光: 'unigroup|ziguang', 云从: 'cloudwalk|yuncong',
  雲從: 'cloudwalk|yuncong', 美亚柏科: 'meiya pico|meiya baike', 美亞柏科: 'meiya pico|meiya baike',
  比特大陆: 'bitmain|bite dalu', 比特大陸: 'bitmain|bite dalu',
  // 曙光 is also Dawning (曙光信息产业, Dawning Information Industry), its third reading above. 中国联合网络
  // 通信 is China United Network Communications, whose short name 联通 is Unicom (中国联通, China Unicom;
  // 中國聯合網絡通信（香港）, China Unicom (Hong Kong)).
  联合网络通信: 'united network communication|unicom', 聯合網絡通信: 'united network communication|unicom',
  联通: 'unicom|liantong', 聯通: 'unicom|liantong',
  // Words that end in a brand's first character, read as themselves so that the brand inside them is
  // not (清华大学 is Tsinghua University, not BGI; 上海光学, Shanghai optics, not Hygon), and
  // 医学院, a medical college, not 医学 and a stray 院.
  清华: 'tsinghua|qinghua', 清華: 'tsinghua|qinghua', 东华: 'donghua', 東華: 'donghua', 南华: 'nanhua', 南華: 'nanhua',
  西华: 'xihua', 西華: 'xihua', 中华: 'zhonghua', 中華: 'zhonghua', 上海: 'shanghai', 珠海: 'zhuhai', 青海: 'qinghai',
  医学院: 'medical college|medical school', 醫學院: 'medical college|medical school',
  // Mongolian (蒙古, Menggu) in the names of Mongolian autonomous prefectures and counties, and an
  // autonomous county (自治县); the prefectures' customary names beside their pinyin (博尔塔拉, Bortala,
  // listed as Boertala; 巴音郭楞, Bayingolin), as place-names.ts reads them in Latin letters.
  蒙古: 'mongolian|mongolia', 自治县: 'autonomous county', 自治縣: 'autonomous county',
  // A 盟 is a league, Inner Mongolia's prefecture (锡林郭勒盟, Xilingol League); 联盟 an alliance.
  盟: 'league', 联盟: 'alliance', 聯盟: 'alliance',
  博尔塔拉: 'bortala|boertala', 博爾塔拉: 'bortala|boertala', 巴音郭楞: 'bayingolin|bayinguoleng',
  乌兰察布: 'ulanqab|wulanchabu', 烏蘭察布: 'ulanqab|wulanchabu', 鄂尔多斯: 'ordos|eerduosi', 鄂爾多斯: 'ordos|eerduosi',
  锡林郭勒: 'xilingol|xilinguole', 錫林郭勒: 'xilingol|xilinguole', 呼伦贝尔: 'hulunbuir|hulunbeier',
  呼倫貝爾: 'hulunbuir|hulunbeier', 哈密: 'kumul|hami', 日喀则: 'shigatse|rikaze', 日喀則: 'shigatse|rikaze',
  // The Central Military Commission (中央军事委员会, short 中央军委 or 军委) whose departments are listed
  // (装备发展部, Equipment Development Department: a 部 is a department, or a ministry of the state; 部件
  // and 零部件 components and parts, 总部 headquarters); more words of institutes' and makers' names:
  // 授时 time service (国家授时中心, National Time Service Center), 制品 products (生物制品, biological
  // products), 透平 turbine (a loanword) and 涡轮 turbine, 叶片 blade, from knowledge of Chinese.
  中央军委: 'central military commission', 中央軍委: 'central military commission', 军委: 'military commission',
  軍委: 'military commission', 部: 'department|ministry', 部件: 'components|parts', 零部件: 'parts|components',
  总部: 'headquarters', 總部: 'headquarters', 中央军事委员会: 'central military commission', 中央軍事委員會: 'central military commission',
  授时: 'time service', 授時: 'time service', 制品: 'products', 製品: 'products', 生物制品: 'biological products',
  生物製品: 'biological products', 透平: 'turbine', 涡轮: 'turbine', 渦輪: 'turbine', 叶片: 'blade', 葉片: 'blade',
  // 中交 (中国交通建设) is China Communications Construction, CCCC, whose companies' English names open
  // with it (中交广州航道局, China Communications Construction Company Guangzhou Waterway Bureau), as 中航
  // AVIC's do; 航道 waterway (a navigation channel), 局 bureau, the body that ends a state company's or
  // office's name (航道局, waterway bureau; 工程局, engineering bureau); 空天 aerospace (air and space:
  // 空天信息研究院, Aerospace Information Research Institute); 空空导弹 air-to-air missile (中国空空导弹
  // 研究院, China Airborne Missile Academy). From knowledge of Chinese.
  中交: 'china communication construction|zhongjiao', 航道: 'waterway', 局: 'bureau|administration', 空天: 'aerospace',
  空空导弹: 'air to air missile|airborne missile', 空空導彈: 'air to air missile|airborne missile',
  // More words of provincial and state companies' names, as their English names translate them, from
  // knowledge of Chinese: 县 a county (平潭县, Pingtan County), 远洋 ocean or ocean-going (远洋渔业, ocean
  // fishing; 远洋运输, ocean shipping), 渔业 fishing or fishery, 高科技 high technology (high-tech), 石化
  // petrochemical (石油化工 written short), 通用技术 general technology (中国通用技术集团, China General
  // Technology Group, Genertec) and 通用 general (通用电气, General Electric), 机床 machine tool, 码头 a
  // terminal, wharf or port (油码头, oil terminal), 油 oil, 海洋工程 offshore (marine) engineering.
  县: 'county', 縣: 'county', 远洋: 'ocean|ocean going', 遠洋: 'ocean|ocean going', 渔业: 'fishing|fishery', 漁業: 'fishing|fishery',
  高科技: 'high technology|high tech', 石化: 'petrochemical', 通用技术: 'general technology|genertec',
  通用技術: 'general technology|genertec', 通用: 'general', 机床: 'machine tool', 機床: 'machine tool', 码头: 'terminal|wharf|port',
  碼頭: 'terminal|wharf|port', 油: 'oil', 海洋工程: 'offshore engineering|offshore and marine|marine engineering',
  // Words of research bodies' names, from knowledge of Chinese: 重点实验室 a key laboratory (the state's
  // grade of laboratory: 量子信息重点实验室, Key Laboratory of Quantum Information); 毒物 poisons and 毒理
  // toxicology, which institutes' English names give as toxicology; 药物 drugs, pharmacology in an
  // institute's name and pharmaceutical in a company's; 核技术 nuclear technology (核 alone is also a
  // kernel or a check, so only the word).
  重点实验室: 'key laboratory', 重點實驗室: 'key laboratory', 毒物: 'toxicology', 毒理: 'toxicology',
  药物: 'pharmacology|pharmaceutical', 藥物: 'pharmacology|pharmaceutical', 核技术: 'nuclear technology', 核技術: 'nuclear technology',
  // Words of technology companies' names, from knowledge of Chinese: 开发 development (技术开发, technology
  // development), 微波 microwave, 石墨烯 graphene (北京石墨烯研究院, Beijing Graphene Institute), 石墨 graphite.
  开发: 'development', 開發: 'development', 微波: 'microwave', 石墨烯: 'graphene', 石墨: 'graphite',
};
