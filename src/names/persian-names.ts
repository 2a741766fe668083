/**
 * Usual English spellings of frequent names as Iranians write them, for the Persian reading of a name
 * (see arabic.ts): the short vowels Persian says o and e where Arabic says u and i (Mohammad, Hossein,
 * Mehdi), waw read v (Javad, Vali), qaf gh (Sadegh, Ghasem). The Arabic reading keeps ARABIC_NAMES.
 * Keys are written with Arabic yeh and kaf, as arabic.ts folds the Persian letters before looking up.
 */
export const PERSIAN_NAMES: Readonly<Record<string, string>> = {
  محمد: 'mohammad', احمد: 'ahmad', علي: 'ali', حسين: 'hossein', حسن: 'hassan', رضا: 'reza', غلام: 'gholam', جواد: 'javad',
  ولي: 'vali', محسن: 'mohsen', مهدي: 'mehdi', سيد: 'seyed', سيف: 'seyf', محمود: 'mahmoud', امير: 'amir', مصطفي: 'mostafa',
  مرتضي: 'morteza', مجتبي: 'mojtaba', يوسف: 'yousef', ابراهيم: 'ebrahim', اسماعيل: 'esmaeil', جعفر: 'jafar', صادق: 'sadegh',
  قاسم: 'ghasem', كاظم: 'kazem', هادي: 'hadi', حميد: 'hamid', مجيد: 'majid', ناصر: 'naser', منصور: 'mansour', نور: 'nour',
  حبيب: 'habib', رسول: 'rasoul', باقر: 'bagher', تقي: 'taghi', نقي: 'naghi', حيدر: 'heydar', عباس: 'abbas', عبد: 'abdol',
  رحيم: 'rahim', كريم: 'karim', فاطمه: 'fatemeh', زهرا: 'zahra', مريم: 'maryam', سعيد: 'saeed', داود: 'davood', موسي: 'mousa',
  اكبر: 'akbar', اصغر: 'asghar', نصر: 'nasr', رحمت: 'rahmat', قدرت: 'ghodrat', حجت: 'hojjat', اسد: 'asad', فتح: 'fath',
  نعمت: 'nemat', عزت: 'ezzat', خليل: 'khalil', جليل: 'jalil', عادل: 'adel', الله: 'allah',
  // Neda, voice or call, a common Iranian given name and a word companies are named for, said with e
  ندا: 'neda',
  // Navid, good news, a common Iranian given name and a word companies are named for: its waw is a
  // consonant with a written-out a before it (read letter by letter, nuid)
  نويد: 'navid',
  // The commonest Iranian surnames, most of them a given name with the -i of belonging (Mohammadi,
  // Hosseini, Rezaei), as their bearers' passports spell them: read letter by letter they lose the
  // vowels Persian says (hasini, razaei), and the reading meets other names' consonants instead.
  محمدي: 'mohammadi', حسيني: 'hosseini', احمدي: 'ahmadi', رضايي: 'rezaei', رضائي: 'rezaei', كريمي: 'karimi',
  رحيمي: 'rahimi', هاشمي: 'hashemi', موسوي: 'mousavi', جعفري: 'jafari', قاسمي: 'ghasemi', كاظمي: 'kazemi',
  صادقي: 'sadeghi', حيدري: 'heydari', ابراهيمي: 'ebrahimi', رستمي: 'rostami', اكبري: 'akbari', شريفي: 'sharifi',
  زارعي: 'zarei', رحماني: 'rahmani', قرباني: 'ghorbani', عزيزي: 'azizi', صفري: 'safari', مرادي: 'moradi',
  اميري: 'amiri', نوري: 'nouri', طاهري: 'taheri', سليماني: 'soleimani', باقري: 'bagheri',
};
