import { NICKNAMES } from './nicknames.js';

/**
 * Given names and surnames so common among the people a screening tool is asked about (the
 * customers of US and European companies, South Asian and Vietnamese customers among them) that
 * sharing them says little: two people named John Smith, Maria Garcia or Rajesh Kumar are usually
 * two people. Rarity within the lists cannot tell this (Green or Roberta may be listed once, yet
 * worn by millions), so a match supported by such names only needs more evidence (see the
 * screening scorer's commonNameSupport). Written for the project from the commonest names of the
 * US census and European civil registers, and the commonest Indian and Vietnamese names (Van and
 * Thi are the Vietnamese middle names most men and women carry).
 */
export const COMMON_GIVEN_NAMES: readonly string[] = [
  // English
  'james', 'john', 'robert', 'michael', 'william', 'david', 'richard', 'joseph', 'thomas', 'charles', 'christopher', 'daniel',
  'matthew', 'anthony', 'mark', 'donald', 'steven', 'stephen', 'paul', 'andrew', 'joshua', 'kenneth', 'kevin', 'brian', 'george',
  'timothy', 'ronald', 'edward', 'jason', 'jeffrey', 'ryan', 'jacob', 'gary', 'nicholas', 'eric', 'jonathan', 'larry', 'justin',
  'scott', 'brandon', 'benjamin', 'samuel', 'gregory', 'frank', 'alexander', 'raymond', 'patrick', 'jack', 'dennis', 'jerry',
  'tyler', 'aaron', 'henry', 'adam', 'douglas', 'nathan', 'peter', 'zachary', 'kyle', 'walter', 'harold', 'carl', 'jeremy',
  'keith', 'roger', 'gerald', 'ethan', 'arthur', 'terry', 'christian', 'sean', 'lawrence', 'austin', 'joe', 'noah', 'jesse',
  'albert', 'bryan', 'billy', 'bruce', 'willie', 'jordan', 'dylan', 'alan', 'ralph', 'gabriel', 'roy', 'juan', 'wayne', 'eugene',
  'logan', 'randy', 'louis', 'russell', 'vincent', 'philip', 'bobby', 'johnny', 'bradley', 'mary', 'patricia', 'jennifer',
  'linda', 'elizabeth', 'barbara', 'susan', 'jessica', 'sarah', 'karen', 'nancy', 'lisa', 'betty', 'margaret', 'sandra',
  'ashley', 'kimberly', 'emily', 'donna', 'michelle', 'dorothy', 'carol', 'amanda', 'melissa', 'deborah', 'stephanie', 'rebecca',
  'sharon', 'laura', 'cynthia', 'kathleen', 'amy', 'shirley', 'angela', 'helen', 'anna', 'brenda', 'pamela', 'nicole', 'emma',
  'samantha', 'katherine', 'christine', 'debra', 'rachel', 'catherine', 'carolyn', 'janet', 'ruth', 'maria', 'heather', 'diane',
  'virginia', 'julie', 'joyce', 'victoria', 'olivia', 'kelly', 'christina', 'lauren', 'joan', 'evelyn', 'judith', 'megan',
  'cheryl', 'andrea', 'hannah', 'martha', 'jacqueline', 'frances', 'gloria', 'ann', 'teresa', 'kathryn', 'sara', 'janice',
  'jean', 'alice', 'madison', 'doris', 'abigail', 'julia', 'judy', 'grace', 'denise', 'amber', 'marilyn', 'beverly', 'danielle',
  'theresa', 'sophia', 'marie', 'diana', 'brittany', 'natalie', 'isabella', 'charlotte', 'rose', 'alexis', 'kayla',
  // Spanish, Portuguese, French, Italian, German
  'jose', 'luis', 'carlos', 'jorge', 'pedro', 'miguel', 'antonio', 'manuel', 'francisco', 'javier', 'rafael', 'fernando',
  'ricardo', 'roberto', 'eduardo', 'alejandro', 'diego', 'pablo', 'sergio', 'mario', 'jesus', 'alberto', 'raul', 'ana',
  'carmen', 'rosa', 'lucia', 'isabel', 'elena', 'marta', 'laura', 'sofia', 'paula', 'antonia', 'joao', 'paulo', 'marcos',
  'josue',
  'pierre', 'jean', 'michel', 'antoine', 'xavier', 'javier', 'olivier', 'philippe', 'alain', 'nicolas', 'christophe', 'francois', 'marie', 'nathalie', 'isabelle',
  'giuseppe', 'giovanni', 'marco', 'luca', 'francesco', 'andrea', 'alessandro', 'paolo', 'hans', 'peter', 'klaus', 'wolfgang',
  'thomas', 'stefan', 'andreas', 'michael', 'frank', 'jurgen', 'ursula', 'monika', 'sabine',
  // South Asian (India, Pakistan, Bangladesh) and Vietnamese: the commonest given names of the
  // diaspora, and the Vietnamese middle names Van and Thi that most men and women carry
  'rajesh', 'ramesh', 'suresh', 'sunil', 'anil', 'sanjay', 'vijay', 'amit', 'rahul', 'ravi', 'ajay', 'deepak', 'manoj',
  'ashok', 'vinod', 'priya', 'sunita', 'anita', 'pooja', 'neha', 'van', 'thi', 'minh', 'anh', 'duc', 'thanh',
  // Familiar forms people are known by
  'mike', 'jim', 'bill', 'bob', 'tom', 'dave', 'steve', 'chris', 'dan', 'tony', 'rick', 'pat', 'al', 'jeff', 'ken', 'ron',
  'greg', 'sam', 'nick', 'matt', 'tim', 'andy', 'ben', 'ed', 'ted', 'don', 'kate', 'liz', 'sue', 'jim', 'joe',
];

export const COMMON_SURNAMES: readonly string[] = [
  // United States and the English-speaking world
  'smith', 'johnson', 'williams', 'brown', 'jones', 'garcia', 'miller', 'davis', 'rodriguez', 'martinez', 'hernandez', 'lopez',
  'gonzalez', 'gonzales', 'wilson', 'anderson', 'thomas', 'taylor', 'moore', 'jackson', 'martin', 'lee', 'perez', 'thompson',
  'white', 'harris', 'sanchez', 'clark', 'ramirez', 'lewis', 'robinson', 'walker', 'young', 'allen', 'king', 'wright', 'scott',
  'torres', 'nguyen', 'hill', 'flores', 'green', 'adams', 'nelson', 'baker', 'hall', 'rivera', 'campbell', 'mitchell',
  'carter', 'roberts', 'gomez', 'phillips', 'evans', 'turner', 'diaz', 'parker', 'cruz', 'edwards', 'collins', 'reyes',
  'stewart', 'morris', 'morales', 'murphy', 'cook', 'rogers', 'gutierrez', 'ortiz', 'morgan', 'cooper', 'peterson', 'bailey',
  'reed', 'kelly', 'howard', 'ramos', 'kim', 'cox', 'ward', 'richardson', 'watson', 'brooks', 'chavez', 'wood', 'james',
  'bennett', 'gray', 'mendoza', 'ruiz', 'hughes', 'price', 'alvarez', 'castillo', 'sanders', 'patel', 'myers', 'long', 'ross',
  'foster', 'jimenez', 'powell', 'jenkins', 'perry', 'russell', 'sullivan', 'bell', 'coleman', 'butler', 'henderson', 'barnes',
  'fisher', 'vasquez', 'vazquez', 'simmons', 'romero', 'jordan', 'patterson', 'alexander', 'hamilton', 'graham', 'reynolds', 'griffin',
  'wallace', 'moreno', 'west', 'cole', 'hayes', 'bryant', 'herrera', 'gibson', 'ellis', 'tran', 'medina', 'aguilar', 'stevens',
  'murray', 'ford', 'castro', 'marshall', 'owens', 'harrison', 'fernandez', 'mcdonald', 'woods', 'washington', 'kennedy',
  'wells', 'vargas', 'henry', 'chen', 'freeman', 'webb', 'tucker', 'guzman', 'burns', 'crawford', 'olson', 'simpson', 'porter',
  'hunter', 'gordon', 'mendez', 'silva', 'shaw', 'snyder', 'mason', 'dixon', 'munoz', 'hunt', 'hicks', 'holmes', 'palmer',
  'wagner', 'black', 'robertson', 'boyd', 'rose', 'stone', 'salazar', 'fox', 'warren', 'mills', 'meyer', 'rice', 'schmidt',
  'garza', 'daniels', 'ferguson', 'nichols', 'stephens', 'soto', 'weaver', 'ryan', 'gardner', 'payne', 'grant', 'dunn',
  'kelley', 'spencer', 'hawkins', 'arnold', 'pierce', 'vasquez', 'hansen', 'peters', 'santos', 'hart', 'bradley', 'knight',
  'elliott', 'cunningham', 'duncan', 'armstrong', 'hudson', 'carroll', 'lane', 'riley', 'andrews', 'alvarado', 'ray', 'delgado',
  'berry', 'perkins', 'hoffman', 'johnston', 'matthews', 'pena', 'richards', 'contreras', 'willis', 'carpenter', 'lawrence',
  'sandoval', 'walsh', 'waters', 'steel', 'banks', 'paul', 'james', 'john',
  // Western and Southern Europe
  'muller', 'schneider', 'fischer', 'weber', 'becker', 'schulz', 'hoffmann', 'koch', 'richter', 'klein', 'wolf', 'schroder',
  'martin', 'bernard', 'dubois', 'durand', 'leroy', 'moreau', 'simon', 'laurent', 'lefebvre', 'michel', 'rossi', 'russo',
  'ferrari', 'esposito', 'bianchi', 'romano', 'colombo', 'ricci', 'marino', 'greco', 'bruno', 'gallo', 'costa', 'fontana',
  'ferreira', 'oliveira', 'pereira', 'almeida', 'sousa', 'rodrigues', 'santos', 'martins', 'fernandes',
  // South Asian and Vietnamese (Nguyen, Tran and Patel are above)
  'kumar', 'singh', 'sharma', 'gupta', 'verma', 'yadav', 'shah', 'mehta', 'jain', 'reddy', 'rao', 'nair', 'joshi', 'mishra',
  'pandey', 'agarwal', 'das', 'pham', 'hoang', 'huynh', 'phan', 'vu', 'vo', 'dang', 'bui', 'ngo', 'duong',
];

/**
 * The commonest given names of the Arab world, in their usual Latin spellings: each is worn by
 * millions and recurs in a person's own, father's and grandfather's names (Mohammed Ali Hassan), so
 * that a match resting on them only, while one side says more, names many people besides the
 * listed one. Written for the project from knowledge of Arabic naming.
 */
export const COMMON_ARABIC_NAMES: readonly string[] = [
  'muhammad', 'mohammed', 'mohamed', 'mohammad', 'muhammed', 'mohamad', 'mohamud', 'ahmad', 'ahmed', 'ali', 'hassan', 'hasan',
  'hussein', 'husein', 'hussain', 'husain', 'husayn', 'mahmoud', 'mahmud', 'mustafa', 'mostafa', 'abdullah', 'abdallah',
  'ibrahim', 'khalid', 'khaled', 'omar', 'umar', 'yusuf', 'youssef', 'yousef', 'salah', 'saleh', 'salih', 'said', 'saeed',
  'khalil', 'karim', 'kareem', 'jamal', 'nasser', 'nasir', 'tariq', 'tarek', 'walid', 'waleed', 'yasser', 'yasir', 'samir',
  'adel', 'adil', 'hamza', 'ismail', 'fatima', 'fatma', 'aisha', 'zainab', 'maryam', 'amina',
  'mansour', 'mansur', 'salem', 'salim', 'farouk', 'faruq', 'farooq', 'abdelrahman', 'abdulrahman', 'abdelaziz', 'abdulaziz',
  'rashid', 'rachid', 'nabil', 'sami', 'ziad', 'ayman', 'bilal', 'anas', 'hisham', 'yahya', 'layla', 'leila', 'nour',
  'huda', 'khadija', 'mona',
  // Egypt's commonest given names of the -i (-y) form, worn as family names too (Ahmed Fathy)
  'fathi', 'fathy', 'hamdi', 'hamdy', 'fawzi', 'fawzy', 'magdi', 'magdy', 'shawki', 'shawky', 'ramadan',
];

/**
 * The commonest given names and surnames of Russia, Ukraine and Belarus, in the transliterations
 * their bearers' documents use (Sergei, Sergey, Serhiy; Andrei, Andriy), and of Iran: each worn by
 * hundreds of thousands of people, so that two people named Andriy Shevchenko, Sergei Ivanov or Reza
 * Karimi are usually two people. Written for the project from the commonest names of those
 * countries' registers as commonly reported; patronymics and feminine surnames follow the names.
 */
export const COMMON_SLAVIC_NAMES: readonly string[] = [
  // Given names
  'aleksandr', 'oleksandr', 'alexandr', 'sergei', 'sergey', 'serhiy', 'serhii', 'dmitry', 'dmitri', 'dmitriy', 'dmytro', 'andrei',
  'andrey', 'andriy', 'andrii', 'alexei', 'aleksei', 'alexey', 'aleksey', 'oleksiy', 'oleksii', 'ivan', 'mikhail', 'mykhailo',
  'nikolai', 'nikolay', 'mykola', 'vladimir', 'volodymyr', 'yuri', 'yuriy', 'yurii', 'oleg', 'oleh', 'igor', 'ihor', 'viktor',
  'pavel', 'pavlo', 'evgeny', 'evgeniy', 'yevgeny', 'yevgeniy', 'yevhen', 'maxim', 'maksim', 'maksym', 'anton', 'artem', 'artyom',
  'roman', 'denis', 'vadim', 'vitaly', 'vitaliy', 'konstantin', 'anatoly', 'anatoliy', 'valery', 'valeriy', 'elena', 'yelena',
  'olena', 'olga', 'olha', 'natalia', 'natalya', 'nataliya', 'tatiana', 'tatyana', 'tetiana', 'irina', 'iryna', 'svetlana',
  'ekaterina', 'yekaterina', 'kateryna', 'yulia', 'yuliya', 'anastasia', 'anastasiya',
  // Surnames, Russian (with their feminine forms) and Ukrainian
  'ivanov', 'ivanova', 'smirnov', 'smirnova', 'kuznetsov', 'kuznetsova', 'popov', 'popova', 'vasiliev', 'vasilyev', 'vasilieva',
  'petrov', 'petrova', 'sokolov', 'sokolova', 'mikhailov', 'mikhaylov', 'mikhailova', 'novikov', 'novikova', 'fedorov', 'fedorova',
  'morozov', 'morozova', 'volkov', 'volkova', 'alekseev', 'alekseyev', 'lebedev', 'lebedeva', 'semenov', 'semyonov', 'egorov',
  'yegorov', 'pavlov', 'pavlova', 'kozlov', 'kozlova', 'stepanov', 'nikolaev', 'nikolayev', 'orlov', 'andreev', 'andreyev',
  'makarov', 'nikitin', 'zakharov', 'melnyk', 'melnik', 'shevchenko', 'boyko', 'boiko', 'kovalenko', 'bondarenko', 'tkachenko',
  'kovalchuk', 'kravchenko', 'oliynyk', 'shevchuk', 'koval', 'polishchuk', 'bondar', 'tkachuk', 'moroz', 'marchenko', 'lysenko',
  'rudenko', 'savchenko', 'petrenko',
];

export const COMMON_PERSIAN_NAMES: readonly string[] = [
  // Given names (Muhammad, Ali, Hussein... are among the Arabic names above)
  'reza', 'hossein', 'hosein', 'mehdi', 'mahdi', 'hamid', 'majid', 'morteza', 'mojtaba', 'abbas', 'javad', 'hadi',
  'fatemeh', 'zahra',
  // Surnames
  'mohammadi', 'hosseini', 'hoseini', 'ahmadi', 'rezaei', 'rezaee', 'moradi', 'karimi', 'rahimi', 'hashemi', 'mousavi', 'musavi',
  'jafari', 'ghasemi', 'kazemi', 'sadeghi', 'heidari', 'heydari', 'ebrahimi', 'rostami', 'akbari', 'sharifi', 'zarei', 'amiri',
  'rahmani', 'ghorbani', 'azizi', 'safari',
  // The surnames of belonging to Iran's great cities, as common as the commonest above
  'tehrani', 'shirazi', 'esfahani', 'isfahani', 'tabrizi', 'mashhadi', 'kermani', 'yazdi', 'qazvini', 'ghazvini',
];

/**
 * Burmese names have no family name: they are one to four words drawn from a short stock (Aung, Min,
 * Kyaw, Win), so that two Burmese people sharing two words of their names are usually two people.
 * The commonest words of that stock in their usual romanisation, from knowledge of Burmese naming.
 */
export const COMMON_BURMESE_NAMES: readonly string[] = [
  'aung', 'min', 'kyaw', 'zaw', 'win', 'tun', 'htun', 'myint', 'soe', 'naing', 'thein', 'thant', 'hla', 'san', 'oo', 'htet',
  'lwin', 'moe', 'nyein', 'khin', 'thu', 'myo', 'zin', 'htoo', 'swe', 'maung', 'tin', 'than', 'thura',
];

/**
 * The tribal names most Saudi and Gulf families carry as surnames (al-Otaibi, al-Qahtani), each
 * by hundreds of thousands of people: as common there as Smith is in the US. Listed here without
 * the article; commonTribalForms adds the joined form (alotaibi) a name written Al-Otaibi reads as.
 */
export const COMMON_GULF_TRIBAL_NAMES: readonly string[] = [
  'otaibi', 'utaibi', 'qahtani', 'ghamdi', 'zahrani', 'harbi', 'shammari', 'dosari', 'dossari', 'mutairi', 'anazi', 'enezi',
  'shahrani', 'shehri', 'shahri', 'subaie', 'juhani', 'asmari', 'malki', 'rashidi', 'hajri', 'marri', 'kaabi', 'suwaidi',
];

/**
 * The commonest family names of the Levant, Iraq and Egypt, trades and places of origin (al-Khatib,
 * the preacher; Haddad, the smith; al-Masri, the Egyptian), worn as widely as the tribal names above;
 * with the joined article form as those. Written for the project from knowledge of Arab family names.
 */
export const COMMON_ARAB_FAMILY_NAMES: readonly string[] = [
  'khatib', 'khateeb', 'haddad', 'khoury', 'khouri', 'masri', 'najjar', 'shami', 'halabi', 'tamimi', 'jaber', 'jabbar', 'hamdan',
];

function commonTribalForms(): string[] {
  return [...COMMON_GULF_TRIBAL_NAMES, ...COMMON_ARAB_FAMILY_NAMES].flatMap((name) => [name, `al${name}`]);
}

let common: Set<string> | undefined;

/** Whether a normalised token is one of the common given names or surnames above. */
export function isCommonName(token: string): boolean {
  common ??= new Set([...COMMON_GIVEN_NAMES, ...COMMON_SURNAMES, ...COMMON_ARABIC_NAMES, ...COMMON_SLAVIC_NAMES, ...COMMON_PERSIAN_NAMES, ...COMMON_BURMESE_NAMES, ...commonTribalForms()]);
  return common.has(token);
}

let given: Set<string> | undefined;

/** Whether a normalised token is a common given name or the full name of a familiar form (Nicolas, Aleksandr). */
export function isGivenName(token: string): boolean {
  given ??= new Set([...COMMON_GIVEN_NAMES, ...Object.keys(NICKNAMES)]);
  return given.has(token);
}
