/**
 * Usual English spellings of frequent Arabic-script names, whose short vowels a rule cannot guess.
 * Keys are written without diacritics, as normalizeText leaves them.
 */
export const ARABIC_NAMES: Readonly<Record<string, string>> = {
  محمد: 'muhammad', أحمد: 'ahmad', احمد: 'ahmad', محمود: 'mahmud', مصطفى: 'mustafa', علي: 'ali', على: 'ali', عمر: 'umar',
  عثمان: 'uthman', حسن: 'hasan', حسين: 'husayn', عبد: 'abd', الله: 'allah', عبدالله: 'abdallah', يوسف: 'yusuf',
  ابراهيم: 'ibrahim', إبراهيم: 'ibrahim', اسماعيل: 'ismail', إسماعيل: 'ismail', خالد: 'khalid', سعيد: 'said',
  صالح: 'salih', قاسم: 'qasim', أسامة: 'usama', اسامة: 'usama', أبو: 'abu', ابو: 'abu', بن: 'bin', ابن: 'ibn',
  بنت: 'bint', ولد: 'ould', أم: 'umm', ام: 'umm', فاطمة: 'fatima', عائشة: 'aisha', زينب: 'zaynab', مريم: 'maryam', جعفر: 'jafar',
  رحمن: 'rahman', رحيم: 'rahim', كريم: 'karim', عزيز: 'aziz', حميد: 'hamid', مجيد: 'majid', رشيد: 'rashid', ناصر: 'nasir',
  جمال: 'jamal', جميل: 'jamil', سلطان: 'sultan', داود: 'dawud', سليمان: 'sulayman', موسى: 'musa', عيسى: 'isa', يحيى: 'yahya', زكريا: 'zakariya',
  هادي: 'hadi', مهدي: 'mahdi', حمزة: 'hamza', طارق: 'tariq', فيصل: 'faisal', سلمان: 'salman', سعد: 'saad',
  عادل: 'adil', وليد: 'walid', زيد: 'zayd', أيمن: 'ayman', ايمن: 'ayman', بشار: 'bashar', حافظ: 'hafiz', معمر: 'muammar',
  صدام: 'saddam', عدي: 'uday', قصي: 'qusay', هشام: 'hisham', نور: 'nur', الدين: 'aldin', دين: 'din', نصر: 'nasr',
  نصرالله: 'nasrallah', حزب: 'hizb', قاعدة: 'qaida', القاعدة: 'alqaida', داعش: 'daesh', طالبان: 'taliban',
  طه: 'taha', ياسين: 'yasin', ياسر: 'yasir', منصور: 'mansur', مراد: 'murad', محسن: 'muhsin', رضا: 'rida', جواد: 'jawad',
  عباس: 'abbas', عبيد: 'ubayd', أنور: 'anwar', انور: 'anwar', شريف: 'sharif', فؤاد: 'fuad', لطيف: 'latif',
  سيد: 'sayyid', شيخ: 'shaykh', حاج: 'hajj', ملا: 'mulla', خان: 'khan', غلام: 'ghulam', رسول: 'rasul',
  // Afghan and Pakistani names and their parts as Pashto, Dari and Urdu write them (ی and ک folded, گ kept).
  گل: 'gul', آغا: 'agha', اغا: 'agha', شاه: 'shah', حاجي: 'haji', ولي: 'wali', خداي: 'khudai', داد: 'dad', بخت: 'bakht',
  بصير: 'basir', نظر: 'nazar', امين: 'amin', رحمت: 'rahmat', قدرت: 'qudrat', خير: 'khair', فيض: 'faiz', نعيم: 'naim',
  باقي: 'baqi', حبيب: 'habib', رووف: 'rauf', روف: 'rauf', ذاكر: 'zakir', شير: 'sher', جان: 'jan', زاده: 'zada',
  اسحاق: 'ishaq', إسحاق: 'ishaq', نايل: 'nail', نائل: 'nail', فايز: 'faiz', فائز: 'faiz', عماد: 'imad', عصام: 'isam', ماهر: 'mahir', وائل: 'wail', نبيل: 'nabil',
  قادر: 'qadir', رائد: 'raid', عزت: 'izzat', حجازي: 'hijazi', سيف: 'sayf', مختار: 'mukhtar', يزيد: 'yazid', بكر: 'bakr', هريرة: 'hurayra', فرج: 'faraj', الطيب: 'altayyib', طيب: 'tayyib',
  // Tuareg names: ag, son of (Iyad ag Ghali).
  اغ: 'ag',
  // Amr: its final waw is written, not read (عمرو, not Omar); Huda, Hoda.
  عمرو: 'amr', هدى: 'huda',
  // Ni'ma (نعمة), grace, a given name and a frequent Lebanese surname, which Levantine speech reads
  // with e for both short vowels and for the taa marbuta (Nehme, Nehmeh): a letter reading gives nama.
  نعمة: 'nimat', نعمه: 'nimat',
  // Salim (سالم, سليم) and Faruq, whose long vowels a letter-by-letter reading misses (salam, faruq).
  سالم: 'salim', سليم: 'salim', فاروق: 'faruq',
  // Majid (ماجد), whose a-i a letter-by-letter reading misses (majad), as it does in خالد, ناصر.
  ماجد: 'majid',
};
