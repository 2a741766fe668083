/**
 * Words of organisation names in Arabic and Persian, written in Arabic script, with the English word
 * an English-language listing uses for them: lists publish an organisation's Arabic name beside its
 * English one (الجماعة الإسلامية المقاتلة الليبية, Libyan Islamic Fighting Group), so the words
 * are translated as well as transliterated (see arabic.ts). Keys are stems: without the article or a
 * clinging preposition (ال, لل, وال, بال, ب, ل, و), without a final ة, alefs with hamza written ا.
 * Values are the English words the abbreviation and organisation tables use; where English listings
 * translate a word two ways, both, split by '|' (المقاتلة: Libyan Islamic Fighting Group, Moroccan
 * Islamic Combatant Group), the first in the main translation and the second in another; the second
 * may be the word's usual spelling where listings keep it untranslated among translated words
 * (أهل: Front for the People of the Levant, but Ahl al-Hadith Society).
 */
const TERMS: Readonly<Record<string, string>> = {
  // Arabic: kinds of organisation
  شرك: 'company', شركه: 'company', مجموع: 'group', جماع: 'group', جمعي: 'society', حرك: 'movement', جبه: 'front',
  منظم: 'organization', تنظيم: 'organization', هيي: 'organization', هيئ: 'organization', حزب: 'party', اتحاد: 'union',
  مجلس: 'council', مكتب: 'office', شبك: 'network', مؤسس: 'foundation|establishment', موسس: 'foundation|establishment', مصرف: 'bank', بنك: 'bank',
  وزار: 'ministry', جامع: 'university', معهد: 'institute', مركز: 'center', جيش: 'army', كتيب: 'brigade', كتائب: 'brigades',
  لواء: 'brigade', لوا: 'brigade', فيلق: 'corps', قوات: 'forces', سراي: 'companies', مصنع: 'factory', صناعات: 'industry',
  تجار: 'trading', خدمات: 'services', صراف: 'exchange', حوال: 'hawala', نقل: 'transport', شحن: 'shipping', بحري: 'marine',
  نفط: 'oil|petroleum', بترول: 'petroleum', طيران: 'aviation', تكنولوجيا: 'technology', هندس: 'engineering', للتجار: 'trading',
  // Arabic: words that describe (adjectives are read from their masculine stem: الإسلامية → اسلامي)
  اسلامي: 'islamic', دول: 'state', دولي: 'international', وطني: 'national', عربي: 'arab', مقاتل: 'fighting|combatant',
  جهاد: 'jihad', مجاهدين: 'mujahideen', انصار: 'ansar', شباب: 'shabaab', تحرير: 'liberation', مقاوم: 'resistance',
  // Arabic: more words of the names of charities, companies and armed groups
  تنمي: 'development', استثمار: 'investment', اعمار: 'reconstruction', تعاون: 'cooperation', خيري: 'charitable',
  اغاث: 'relief', امداد: 'relief', اسناد: 'support', دعو: 'dawa', احسان: 'charity', زكا: 'zakat',
  // Future (تيار المستقبل, Future Movement; بنك المستقبل, Future Bank), a common word of Arab company and party names.
  مستقبل: 'future',
  تجاري: 'trading', صناعي: 'industrial', زراعي: 'agricultural', عالمي: 'world|international', عام: 'general', متحد: 'united',
  امار: 'emirate', ولاي: 'province', قاعد: 'qaida', اهل: 'people|ahl',
  // Arabic: words of the names of associations, parties and relief bodies
  لجن: 'committee', شؤون: 'affairs', اسرى: 'prisoners', استيراد: 'import', تصدير: 'export',
  اصلاح: 'reform', اجتماعي: 'social', انساني: 'humanitarian', حقوق: 'rights', عدال: 'justice', شعبي: 'popular',
  ثوري: 'revolutionary', ديمقراطي: 'democratic', تضامن: 'solidarity', اخوان: 'brotherhood', صندوق: 'fund',
  طبي: 'medical', صحي: 'health', تعليم: 'education', ثقافي: 'cultural', هلال: 'crescent',
  // Red in the Red Crescent, but a family name kept as written in a company's (مجموعة الأحمر التجارية,
  // Al Ahmar Trading Group).
  احمر: 'red|ahmar',
  مسلمين: 'muslim', شهداء: 'martyrs', شهدا: 'martyrs', اقصى: 'aqsa',
  // Arabic: words of the names of broadcasters, research bodies and state agencies (قناة المنار, Al
  // Manar TV; مركز الدراسات والبحوث العلمية, Scientific Studies and Research Center), from knowledge of Arabic
  قنا: 'television|channel', اذاع: 'radio', تلفزيون: 'television', اعلام: 'media', جريد: 'newspaper',
  دراسات: 'studies', بحوث: 'research', بحث: 'research', علمي: 'scientific', علوم: 'sciences', طاق: 'energy',
  ذري: 'atomic', نووي: 'nuclear', مفوضي: 'commission', امن: 'security', دفاع: 'defense',
  // Arabic: more words of company names and their legal forms (شركة ... المحدودة, ... Company Limited;
  // ذات المسؤولية المحدودة, with limited liability), from knowledge of Arabic
  محدود: 'limited', مسؤولي: 'liability', مسئولي: 'liability', قابض: 'holding', استشارات: 'consulting',
  استشاري: 'consulting', مقاولات: 'contracting', عقاري: 'real estate', عقارات: 'real estate', سياحي: 'tourism',
  سياح: 'tourism', تامين: 'insurance', معدات: 'equipment', اتصالات: 'telecommunication', الكترونيات: 'electronic',
  حديد: 'iron', كيماويات: 'chemical', كيميائي: 'chemical', ادوي: 'pharmaceutical', وكال: 'agency', وكالات: 'agency',
  مختبر: 'laboratory', مستشفى: 'hospital', توريدات: 'supplies', نقليات: 'transport', ملاح: 'navigation',
  // Arabic: more words of the names of companies, rights bodies and armed groups, from knowledge of
  // Arabic: معادن, metals or minerals; بيتون (the French béton) and خرسانة, concrete; بلاط, flagstone or
  // tiles; إنسان, human (حقوق الإنسان, human rights); ميليشيا, militia
  معادن: 'metals|minerals', بيتون: 'concrete', خرسان: 'concrete', بلاط: 'flagstone|tiles', انسان: 'human',
  ميليشيا: 'militia', مليشيا: 'militia',
  // Arabic and Persian: directions, nouns and adjectives (شرکت فولاد کاوه جنوب, South Kaveh Steel Company)
  شرق: 'east', غرب: 'west', شمال: 'north', جنوب: 'south', شرقي: 'eastern', غربي: 'western', شمالي: 'northern',
  جنوبي: 'southern', اوسط: 'middle',
  // Arabic: nationality adjectives (masculine stem; الجماعة التونسية → tunisian), as English listings name them
  عراقي: 'iraqi', يمني: 'yemeni', سعودي: 'saudi', ايراني: 'iranian', افغاني: 'afghan',
  باكستاني: 'pakistani', لبناني: 'lebanese', فلسطيني: 'palestinian', اردني: 'jordanian', سوداني: 'sudanese',
  صومالي: 'somali', جزائري: 'algerian', كويتي: 'kuwaiti', قطري: 'qatari', اماراتي: 'emirati', شيشاني: 'chechen',
  تركستاني: 'turkestani', اوزبكي: 'uzbek', كردي: 'kurdish', تركي: 'turkish', هندي: 'indian', بنغالي: 'bengali',
  نيجيري: 'nigerian', مالي: 'malian', موريتاني: 'mauritanian', اريتري: 'eritrean', كيني: 'kenyan',
  // Arabic: places named in organisation names
  // The Levant in a movement's name, kept as Sham (Cham) in a company's (شركة شام القابضة, Cham Holding).
  عراق: 'iraq', شام: 'levant|sham', يمن: 'yemen', ليبيا: 'libya', ليبي: 'libyan', مصر: 'egypt', مصري: 'egyptian',
  تونس: 'tunisia', تونسي: 'tunisian', مغرب: 'maghreb', مغربي: 'moroccan', سوري: 'syria', سوريا: 'syria', لبنان: 'lebanon',
  فلسطين: 'palestine', سودان: 'sudan', صومال: 'somalia', ايران: 'iran', افغانستان: 'afghanistan', باكستان: 'pakistan',
  // Persian and Arabic spellings of the states Iran's joint banks and companies name (ونزوئلا, فنزويلا Venezuela)
  ونزوئلا: 'venezuela', فنزويلا: 'venezuela', بلاروس: 'belarus', سوريه: 'syria', روسیه: 'russia', چین: 'china',
  // Arabic: أكناف, environs, and المقدس, Jerusalem in بيت المقدس, Bayt al-Maqdis, the name kept as written
  // in others' (Mujahidin Shura Council in the Environs of Jerusalem; Ansar Bayt al-Maqdis)
  اكناف: 'environs', مقدس: 'jerusalem|maqdis',
  // Arabic: the trades of exchange houses: تحويلات, transfers, which English names of money-exchange
  // companies call remittances (للصرافة والتحويلات, Money Exchange and Remittance), from knowledge of Arabic
  تحويلات: 'remittance|transfers', تحويل: 'transfer',
  // حوالات, the plural of حوالة (hawala), money transfers, the other trade exchange houses name
  // (للصرافة والحوالات, for Exchange and Money Transfer)
  حوالات: 'money transfer|hawala',
  // Persian: البرز, Alborz, Iran's mountain range and province, whose ال is not the Arabic article
  البرز: 'alborz',
  // Arabic: function words inside organisation names
  في: 'in', من: 'of', و: 'and', بلاد: 'lands',
  // Pashto: of, and
  د: 'of', او: 'and',
  // Persian: kinds of organisation and common words of company names
  شرکت: 'company', سازمان: 'organization|agency', گروه: 'group', بانک: 'bank', وزارت: 'ministry', دانشگاه: 'university',
  موسسه: 'institute', پژوهشگاه: 'research institute|research center', پژوهشکده: 'research institute', مرکز: 'center', بنیاد: 'foundation',
  صنایع: 'industry', صنعتی: 'industry', بازرگانی: 'trading|commercial', تجارت: 'trading', مهندسی: 'engineering', تولیدی: 'production',
  الکترونیک: 'electronic', فناوری: 'technology', کشتیرانی: 'shipping|shipping lines', نفت: 'oil|petroleum', پتروشیمی: 'petrochemical',
  سپاه: 'corps', پاسداران: 'guards', ارتش: 'army', نیروی: 'force', هوایی: 'aviation|air', دریایی: 'naval', ملی: 'national|melli',
  هواپیمایی: 'airlines|air', خبرگزاری: 'news agency', سازندگی: 'construction', قرارگاه: 'headquarters', ستاد: 'headquarters',
  // لشکر, division, the Persian military unit (لشکر فاطمیون, Fatemiyoun Division)
  لشکر: 'division',
  // قرض‌الحسنه, qard al-hasanah, an interest-free loan, which names Iranian credit unions and banks
  // (بانک قرض‌الحسنه مهر ایران, Mehr Iran Credit Union Bank, Bank-e Gharzolhasaneh Mehr Iran), written
  // joined or with a zero-width non-joiner (which splits it in two: see withJoinedTerms in arabic.ts)
  قرضالحسن: 'credit union|gharzolhasaneh',
  // بین‌الملل(ی), international, written joined or with a zero-width non-joiner or a space (بانک سپه
  // بین‌الملل, Bank Sepah International; see withJoinedTerms in arabic.ts), and دو ملیتی, two-national, the
  // Bi-National of a bank two states own (بانک دو ملیتی ایران و ونزوئلا, Iran-Venezuela Bi-National Bank)
  بینالملل: 'international', بینالمللی: 'international', دوملیتی: 'bi national', ملیتی: 'national', دو: 'bi|two',
  // بزرگ, great or big, which after a city is Greater (تهران بزرگ, Greater Tehran); تولید, production,
  // the noun beside the adjective تولیدی; اسید, acid, a product chemical companies are named for;
  // پرس, press, and تلویزیون, television, English words of media names; from knowledge of Persian
  بزرگ: 'great|greater', تولید: 'production|generation', اسید: 'acid', پرس: 'press', تلویزیون: 'television',
  زندان: 'prison|penitentiary', بیمه: 'insurance', صرافی: 'exchange', معدن: 'mining', فولاد: 'steel', آهن: 'iron', خیریه: 'charity',
  // Persian: more words of company names, from knowledge of Persian (keys without a final ه, as for ة)
  مشاور: 'consulting', پیمانکاری: 'contracting', ساختمانی: 'construction', ساختمان: 'construction',
  // Telecommunication in Persian, intelligence in Arabic (المخابرات العامة, General Intelligence).
  مخابرات: 'telecommunication|intelligence',
  ارتباطات: 'communication', پالایش: 'refining', پالایشگا: 'refinery', نیروگا: 'power plant', توسع: 'development|tose e',
  کارخان: 'factory', مجتمع: 'complex', ازمایشگا: 'laboratory', پخش: 'distribution', دریانوردی: 'marine', خودرو: 'automobile',
  سیمان: 'cement', الومینیوم: 'aluminium', فراورد: 'products', نفتی: 'oil', اقليمي: 'regional', حمل: 'transport', صادرات: 'export', واردات: 'import',
  // Persian: words of state bodies (نیروی مقاومت بسیج, Basij Resistance Force; سازمان انرژی اتمی,
  // Atomic Energy Organization), from knowledge of Persian
  مقاومت: 'resistance', انتظامی: 'law enforcement', امنیت: 'security', اطلاعات: 'intelligence', دفاعی: 'defense',
  موشکی: 'missile', هوافضا: 'aerospace', انرژی: 'energy', اتمی: 'atomic', هسته: 'nuclear', تحقیقات: 'research',
  پژوهش: 'research', مطالعات: 'studies', علمی: 'scientific', کمیسیون: 'commission',
  // Urdu: the same words as Urdu writes them (پاکستان ایٹمی توانائی کمیشن, Pakistan Atomic Energy Commission)
  ایٹمی: 'atomic', توانائی: 'energy', کمیشن: 'commission', پاکستان: 'pakistan',
  // Persian and Arabic: the words of state bodies' and banks' names (صدا و سیمای جمهوری اسلامی ایران,
  // Islamic Republic of Iran Broadcasting, where صدا و سیما, voice and vision, is broadcasting; بانک
  // اقتصاد نوین, Eghtesad Novin Bank, whose words listings keep: the second reading); Arabic فضائية,
  // a satellite channel
  جمهوری: 'republic', صدا: 'broadcasting', سیما: '', سیمای: '', پزشکی: 'medical', اقتصاد: 'economy|eghtesad', نوین: 'new|novin',
  فضائي: 'satellite',
  // Arabic: words of the names of ministries, state bodies and industrial companies (المعهد العالي
  // للعلوم التطبيقية, Higher Institute of Applied Sciences; المؤسسة العامة للصناعات الكيميائية, General
  // Establishment for Chemical Industries), from knowledge of Arabic
  عالي: 'higher', اعلى: 'supreme', عليا: 'supreme', تطبيقي: 'applied', الكتروني: 'electronic', كهربائي: 'electrical',
  ميكانيكي: 'mechanical', هندسي: 'engineering', تقني: 'technical', تقنيات: 'technologies', صناع: 'industry',
  مصانع: 'factories', مديري: 'directorate', ادار: 'administration', سلط: 'authority', حكوم: 'government',
  رئاس: 'presidency', داخلي: 'interior', خارجي: 'foreign', عسكري: 'military', حربي: 'military', جوي: 'air',
  مركزي: 'central', استخبارات: 'intelligence', شرط: 'police', حرس: 'guard', جمارك: 'customs', غاز: 'gas',
  نسيج: 'textile', اسمنت: 'cement', بتروكيماويات: 'petrochemical', مشاريع: 'projects', مختبرات: 'laboratories',
  // ترفيهية, of entertainment (شركة ... للمشاريع الترفيهية, ... for Entertainment and Leisure Projects),
  // from knowledge of Arabic; ترفيه, the noun
  ترفيهي: 'entertainment|leisure', ترفيه: 'entertainment|leisure',
  // Persian: words of ministries, state bodies and industrial companies (وزارت امور خارجه, Ministry of
  // Foreign Affairs; شرکت ملی نفتکش ایران, National Iranian Tanker Company), from knowledge of Persian;
  // a joint-stock company (شرکت سهامی) is named by English listings as a company only
  فرهنگ: 'culture', ارشاد: 'guidance', امور: 'affairs', خارج: 'foreign', دارایی: 'finance', صنعت: 'industry',
  بهداشت: 'health', درمان: 'treatment', اموزش: 'education', اموزشی: 'educational', پشتیبانی: 'support|logistics',
  نیروهای: 'forces', مسلح: 'armed', نظامی: 'military', انقلاب: 'revolution', شیمیایی: 'chemical',
  شیمیائی: 'chemical', دارویی: 'pharmaceutical', فضایی: 'space', نفتکش: 'tanker', تجهیزات: 'equipment',
  قطعات: 'parts', گاز: 'gas', برق: 'power|electricity', تعاونی: 'cooperative', سهامی: '', خاص: 'private',
  هواپیما: 'aircraft', کشتی: 'ship', سازی: 'manufacturing', ساز: 'manufacturing',
  // Machines Persian names its making industries for (تراکتورسازی, tractor manufacturing; ماشین‌سازی,
  // machine building): with سازی written joined, see PERSIAN_MAKING_SUFFIX
  تراکتور: 'tractor', ماشین: 'machine', کامیون: 'truck', موتور: 'engine', واگن: 'wagon',
  // Persian: سرمایه‌گذاری, investment, written joined or with a zero-width non-joiner (see
  // withJoinedTerms in arabic.ts); توسعه, tose'e, development, and ملی, melli, national, which listings
  // also keep in Latin letters (Tose-e Melli Investment Company: the second reading); یگان ویژه, special
  // units; فرع, Arabic branch; سازمان, an organisation or an agency (سازمان فضایی ایران, Iran Space
  // Agency); پژوهش‌های, researches (the plural with a zero-width non-joiner), from knowledge of Persian.
  سرمایهگذاری: 'investment', سرمایهگذار: 'investment', یگان: 'units|yegan', ویژ: 'special|vizhe', فرع: 'branch',
  پژوهشهای: 'research', پژوهشها: 'research',
  // English words of company names as Persian, Pashto and Urdu spell them
  کمپنی: 'company', کمپانی: 'company', لمتد: 'limited', لمیتد: 'limited', لیمیتد: 'limited', لمیتید: 'limited',
  ٹرسٹ: 'trust', ٹرست: 'trust', گروپ: 'group', انترنشنال: 'international', اینترنشنال: 'international', تریدنگ: 'trading', ایر: 'air', ایرلاینز: 'airlines',
  // Persian: words of power, design and engineering bodies (شرکت مدیریت تولید برق, Electricity Generation
  // Management Company: تولید برق is power or electricity generation; دفتر طراحی, design bureau or office;
  // سامانه‌های پیشران, propulsion systems, the plural written with a zero-width non-joiner, as for
  // پژوهش‌های; a پژوهشگاه is a research centre as often as an institute, above), and تکنیک, the loanword
  // technic (technique), from knowledge of Persian. سامانه alone is left out: without its final ه it
  // is the given name Saman. تولید برق, written as two words, is read whole (see withJoinedTerms in arabic.ts):
  // English listings say Power Generation as often as Electricity Generation.
  تولیدبرق: 'power generation|electricity generation', مدیریت: 'management', دفتر: 'office|bureau', طراحی: 'design', سامانههای: 'systems', سامانهها: 'systems',
  پیشران: 'propulsion', پیشرانه: 'propulsion', تکنیک: 'technic',
  // Persian: شورا, a council, with its ezafe (شورای عالی, Supreme Council; شورای عالی امنیت ملی, Supreme
  // National Security Council), فضای مجازی, cyberspace (virtual space), مجازی virtual, خلیج فارس, the
  // Persian Gulf, مواد materials, مرکب composite, تضامنی a general partnership (شرکت تضامنی, the legal
  // form of Iran's Commercial Code) and شرکا partners (... و شرکا, ... and Partners), from knowledge of Persian.
  شورا: 'council', شورای: 'council', شورایعالی: 'supreme council|high council', فضایمجازی: 'cyberspace|virtual space',
  مجازی: 'virtual', خلیجفارس: 'persian gulf', مواد: 'material|materials', مرکب: 'composite', تضامنی: 'general partnership',
  شرکا: 'partners',
  // From knowledge of Arabic, Persian and Urdu: Kuwait (الكويت; كويتي, Kuwaiti, is above), as
  // Yemen is read; آلیاژ alloy and آلیاژی of alloy (فولاد آلیاژی, alloy steel); دينية religious (السياحة
  // الدينية, religious tourism); أيادي hands and رحيم merciful (الأيادي الرحيمة, merciful hands), which is
  // also the name Rahim, kept first as written (عبد الرحيم); the English loanword centre as
  // Urdu spells it (سینٹر, سنٹر, with the retroflex ٹ Urdu writes English t with).
  كويت: 'kuwait', الیاژ: 'alloy', الیاژی: 'alloy', ديني: 'religious', ايادي: 'hands', رحيم: 'rahim|merciful',
  سینٹر: 'center', سنٹر: 'center',
};

/** The table keyed as arabic.ts reads words: Persian ی and ک folded into Arabic ي and ك. */
export const ARABIC_ORG_TERMS: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(TERMS).map(([word, english]) => [word.replace(/ی/gu, 'ي').replace(/ک/gu, 'ك'), english]),
);

/**
 * Arabic legal forms written as initials with dots (أطلس القابضة ش.م.ل, Atlas Holding S.A.L.), which
 * reach the reader as one-letter words: ش.م.ل شركة مساهمة لبنانية (Lebanese joint-stock company,
 * S.A.L.), ش.م.م شركة مساهمة مصرية (Egyptian joint-stock company) or شركة محدودة المسؤولية, ش.م.ع
 * شركة مساهمة عامة (public joint-stock company), ش.م.ع.ع, its Omani form, ش.م.ب its Bahraini, ذ.م.م
 * ذات مسؤولية محدودة (with limited liability, LLC), ش.ذ.م.م, a company with limited liability. From
 * knowledge of Arabic company law; English listings leave them out, as they do S.A.L. and LLC.
 */
export const ARABIC_LEGAL_FORM_INITIALS: ReadonlySet<string> = new Set(['شمل', 'شمم', 'شمع', 'شمعع', 'شمب', 'ذمم', 'شذمم']);

/**
 * Persian names an industry by its product with سازی, making (تراکتورسازی, tractor manufacturing;
 * خودروسازی, car manufacturing; کشتی‌سازی, shipbuilding), written joined or with a zero-width
 * non-joiner; joined, the word is read as its stem's term and 'manufacturing' when the stem is a term.
 * Keyed as the table is, with ی folded into ي. From knowledge of Persian word formation.
 */
export const PERSIAN_MAKING_SUFFIX = 'سازي';
export const PERSIAN_MAKING_TERM = 'manufacturing';

/**
 * Arabic legal forms written as words at the end of a name (شركة ... المحدودة, ... Limited; ذات
 * المسؤولية المحدودة, with limited liability; محدودة المسؤولية), as English listings leave out LTD and LLC,
 * keyed as orgStem reads words (no article, no final ة, hamza alefs plain). From knowledge of Arabic company law.
 */
export const ARABIC_LEGAL_FORM_WORDS: readonly (readonly string[])[] = [
  ['ذات', 'مسؤولي', 'محدود'], ['ذات', 'مسئولي', 'محدود'], ['محدود', 'مسؤولي'], ['محدود', 'مسئولي'], ['محدود'],
];
