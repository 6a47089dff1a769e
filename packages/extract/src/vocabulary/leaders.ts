/**
 * Heads of state, heads of government and foreign ministers, 2010 onwards, as public record.
 *
 * Only terms whose start and end days are known for certain are listed: acting and caretaker
 * holders, and terms whose end could not be confirmed, are left out rather than guessed. A term
 * without an end was still held on {@link LEADERS_CHECKED}; both ends are inclusive days, so the
 * outgoing and incoming holders share the handover day.
 *
 * Name order follows the person's own convention: family name first for Chinese, Japanese
 * (the official form since 2019), Korean and Vietnamese names. `native` is the name in its own
 * script where it is certain.
 *
 * Monarchs whose names have no family part (the British and Japanese crowns) are not listed.
 * For organisations, `hos` is the office that represents it among heads of state (the European
 * Council's president), `hog` its executive (the European Commission's president), `fm` its top
 * diplomat, `org` a secretary-general.
 */

/** The last day every open term below was confirmed as still held. */
export const LEADERS_CHECKED = "2025-10-21";

/**
 * Which office a term is: head of state, head of government, both at once (presidential systems),
 * foreign minister, or an organisation's secretary-general.
 */
export type LeaderOffice = "hos" | "hog" | "hos+hog" | "fm" | "org";

/** The English title of each office, per country or organisation. */
export const OFFICE_TITLES: Readonly<Record<string, Partial<Record<LeaderOffice, string>>>> = {
	AR: { "hos+hog": "President", fm: "Minister of Foreign Affairs" },
	AU: { hog: "Prime Minister", fm: "Minister for Foreign Affairs" },
	BR: { "hos+hog": "President", fm: "Minister of Foreign Affairs" },
	CA: { hog: "Prime Minister", fm: "Minister of Foreign Affairs" },
	CN: { hos: "President", hog: "Premier", fm: "Minister of Foreign Affairs" },
	DE: { hos: "President", hog: "Chancellor", fm: "Foreign Minister" },
	EG: { hos: "President", fm: "Minister of Foreign Affairs" },
	EU: {
		hos: "President of the European Council",
		hog: "President of the European Commission",
		fm: "High Representative for Foreign Affairs and Security Policy",
	},
	FR: { hos: "President", hog: "Prime Minister", fm: "Minister of Foreign Affairs" },
	GB: { hog: "Prime Minister", fm: "Foreign Secretary" },
	ID: { "hos+hog": "President", fm: "Minister of Foreign Affairs" },
	IL: { hos: "President", hog: "Prime Minister", fm: "Minister of Foreign Affairs" },
	IN: { hos: "President", hog: "Prime Minister", fm: "Minister of External Affairs" },
	IR: { hos: "Supreme Leader", hog: "President", fm: "Minister of Foreign Affairs" },
	IT: { hos: "President", hog: "Prime Minister", fm: "Minister of Foreign Affairs" },
	JP: { hog: "Prime Minister", fm: "Minister for Foreign Affairs" },
	KR: { "hos+hog": "President", fm: "Minister of Foreign Affairs" },
	KZ: { hos: "President" },
	MX: { "hos+hog": "President", fm: "Secretary of Foreign Affairs" },
	NATO: { org: "Secretary General" },
	NZ: { hog: "Prime Minister", fm: "Minister of Foreign Affairs" },
	PH: { "hos+hog": "President", fm: "Secretary of Foreign Affairs" },
	PK: { hos: "President", hog: "Prime Minister", fm: "Minister of Foreign Affairs" },
	RU: { hos: "President", hog: "Prime Minister", fm: "Minister of Foreign Affairs" },
	SA: { hos: "King", hog: "Prime Minister", fm: "Minister of Foreign Affairs" },
	SG: { hos: "President", hog: "Prime Minister", fm: "Minister for Foreign Affairs" },
	TJ: { hos: "President" },
	TR: { hos: "President", "hos+hog": "President", hog: "Prime Minister", fm: "Minister of Foreign Affairs" },
	UA: { hos: "President", hog: "Prime Minister", fm: "Minister of Foreign Affairs" },
	UN: { org: "Secretary-General" },
	US: { "hos+hog": "President", fm: "Secretary of State" },
	UZ: { hos: "President" },
	VN: { hos: "President", hog: "Prime Minister", fm: "Minister of Foreign Affairs" },
	ZA: { "hos+hog": "President", fm: "Minister of International Relations and Cooperation" },
};

/** One term: where, which office, first day, last day (absent while held). */
type LeaderTerm = readonly [country: string, office: LeaderOffice, start: string, end?: string];

/** A person in the table with every term they held. */
interface LeaderRecord {
	name: {
		given: string;
		family: string;
		order: "family-first" | "given-first";
		native?: string;
		aliases?: string[];
	};
	terms: readonly LeaderTerm[];
}

type Extra = { native?: string; aliases?: string[] };

/** Given name first: `g("Barack", "Obama", ...)`. */
const g = (given: string, family: string, terms: LeaderTerm[], extra: Extra = {}): LeaderRecord => ({
	name: { given, family, order: "given-first", ...extra },
	terms,
});

/** Family name first, written as it is said: `f("Xi", "Jinping", ...)`. */
const f = (family: string, given: string, terms: LeaderTerm[], extra: Extra = {}): LeaderRecord => ({
	name: { given, family, order: "family-first", ...extra },
	terms,
});

export const LEADERS: readonly LeaderRecord[] = [
	// Argentina
	g("Cristina", "Fernández de Kirchner", [["AR", "hos+hog", "2007-12-10", "2015-12-10"]], {
		aliases: ["Cristina Kirchner"],
	}),
	g("Mauricio", "Macri", [["AR", "hos+hog", "2015-12-10", "2019-12-10"]]),
	g("Alberto", "Fernández", [["AR", "hos+hog", "2019-12-10", "2023-12-10"]]),
	g("Javier", "Milei", [["AR", "hos+hog", "2023-12-10"]]),
	g("Felipe", "Solá", [["AR", "fm", "2019-12-10", "2021-09-20"]]),
	g("Santiago", "Cafiero", [["AR", "fm", "2021-09-20", "2023-12-10"]]),
	g("Diana", "Mondino", [["AR", "fm", "2023-12-10", "2024-10-30"]]),

	// Australia
	g("Kevin", "Rudd", [
		["AU", "hog", "2007-12-03", "2010-06-24"],
		["AU", "fm", "2010-09-14", "2012-02-22"],
		["AU", "hog", "2013-06-27", "2013-09-18"],
	]),
	g("Julia", "Gillard", [["AU", "hog", "2010-06-24", "2013-06-27"]]),
	g("Tony", "Abbott", [["AU", "hog", "2013-09-18", "2015-09-15"]]),
	g("Malcolm", "Turnbull", [["AU", "hog", "2015-09-15", "2018-08-24"]]),
	g("Scott", "Morrison", [["AU", "hog", "2018-08-24", "2022-05-23"]]),
	g("Anthony", "Albanese", [["AU", "hog", "2022-05-23"]]),
	g("Stephen", "Smith", [["AU", "fm", "2007-12-03", "2010-09-14"]]),
	g("Bob", "Carr", [["AU", "fm", "2012-03-13", "2013-09-18"]]),
	g("Julie", "Bishop", [["AU", "fm", "2013-09-18", "2018-08-26"]]),
	g("Marise", "Payne", [["AU", "fm", "2018-08-26", "2022-05-23"]]),
	g("Penny", "Wong", [["AU", "fm", "2022-05-23"]]),

	// Brazil
	g(
		"Luiz Inácio",
		"Lula da Silva",
		[
			["BR", "hos+hog", "2003-01-01", "2011-01-01"],
			["BR", "hos+hog", "2023-01-01"],
		],
		{ aliases: ["Lula"] },
	),
	g("Dilma", "Rousseff", [["BR", "hos+hog", "2011-01-01", "2016-08-31"]]),
	g("Michel", "Temer", [["BR", "hos+hog", "2016-08-31", "2019-01-01"]]),
	g("Jair", "Bolsonaro", [["BR", "hos+hog", "2019-01-01", "2023-01-01"]]),
	g("Celso", "Amorim", [["BR", "fm", "2003-01-01", "2011-01-01"]]),
	g("Antonio", "Patriota", [["BR", "fm", "2011-01-01", "2013-08-28"]]),
	g("Mauro", "Vieira", [
		["BR", "fm", "2015-01-01", "2016-05-12"],
		["BR", "fm", "2023-01-01"],
	]),
	g("Ernesto", "Araújo", [["BR", "fm", "2019-01-01", "2021-03-29"]]),
	g("Carlos", "França", [["BR", "fm", "2021-04-06", "2023-01-01"]]),

	// Canada
	g("Stephen", "Harper", [["CA", "hog", "2006-02-06", "2015-11-04"]]),
	g("Justin", "Trudeau", [["CA", "hog", "2015-11-04", "2025-03-14"]]),
	g("Mark", "Carney", [["CA", "hog", "2025-03-14"]]),
	g("John", "Baird", [["CA", "fm", "2011-05-18", "2015-02-03"]]),
	g("Stéphane", "Dion", [["CA", "fm", "2015-11-04", "2017-01-10"]]),
	g("Chrystia", "Freeland", [["CA", "fm", "2017-01-10", "2019-11-20"]]),
	g("François-Philippe", "Champagne", [["CA", "fm", "2019-11-20", "2021-01-12"]]),
	g("Marc", "Garneau", [["CA", "fm", "2021-01-12", "2021-10-26"]]),
	g("Mélanie", "Joly", [["CA", "fm", "2021-10-26", "2025-05-13"]]),
	g("Anita", "Anand", [["CA", "fm", "2025-05-13"]]),

	// China
	f("Hu", "Jintao", [["CN", "hos", "2003-03-15", "2013-03-14"]], { native: "胡锦涛" }),
	f("Xi", "Jinping", [["CN", "hos", "2013-03-14"]], { native: "习近平" }),
	f("Wen", "Jiabao", [["CN", "hog", "2003-03-16", "2013-03-15"]], { native: "温家宝" }),
	f("Li", "Keqiang", [["CN", "hog", "2013-03-15", "2023-03-11"]], { native: "李克强" }),
	f("Li", "Qiang", [["CN", "hog", "2023-03-11"]], { native: "李强" }),
	f("Yang", "Jiechi", [["CN", "fm", "2007-04-27", "2013-03-16"]], { native: "杨洁篪" }),
	f(
		"Wang",
		"Yi",
		[
			["CN", "fm", "2013-03-16", "2022-12-30"],
			["CN", "fm", "2023-07-25"],
		],
		{ native: "王毅" },
	),
	f("Qin", "Gang", [["CN", "fm", "2022-12-30", "2023-07-25"]], { native: "秦刚" }),

	// Egypt
	g("Mohamed", "Morsi", [["EG", "hos", "2012-06-30", "2013-07-03"]], { aliases: ["Mohammed Morsi"] }),
	g("Abdel Fattah", "el-Sisi", [["EG", "hos", "2014-06-08"]], { aliases: ["Abdel Fattah al-Sisi", "Sisi"] }),
	g("Nabil", "Fahmy", [["EG", "fm", "2013-07-16", "2014-06-17"]]),
	g("Sameh", "Shoukry", [["EG", "fm", "2014-06-17", "2024-07-03"]]),
	g("Badr", "Abdelatty", [["EG", "fm", "2024-07-03"]]),

	// European Union
	g("Herman", "Van Rompuy", [["EU", "hos", "2009-12-01", "2014-11-30"]]),
	g("Donald", "Tusk", [["EU", "hos", "2014-12-01", "2019-11-30"]]),
	g("Charles", "Michel", [["EU", "hos", "2019-12-01", "2024-11-30"]]),
	g("António", "Costa", [["EU", "hos", "2024-12-01"]]),
	g("José Manuel", "Barroso", [["EU", "hog", "2004-11-22", "2014-10-31"]]),
	g("Jean-Claude", "Juncker", [["EU", "hog", "2014-11-01", "2019-11-30"]]),
	g("Ursula", "von der Leyen", [["EU", "hog", "2019-12-01"]]),
	g("Catherine", "Ashton", [["EU", "fm", "2009-12-01", "2014-10-31"]]),
	g("Federica", "Mogherini", [
		["IT", "fm", "2014-02-22", "2014-10-31"],
		["EU", "fm", "2014-11-01", "2019-11-30"],
	]),
	g("Josep", "Borrell", [["EU", "fm", "2019-12-01", "2024-11-30"]]),
	g("Kaja", "Kallas", [["EU", "fm", "2024-12-01"]]),

	// France
	g("Nicolas", "Sarkozy", [["FR", "hos", "2007-05-16", "2012-05-15"]]),
	g("François", "Hollande", [["FR", "hos", "2012-05-15", "2017-05-14"]]),
	g("Emmanuel", "Macron", [["FR", "hos", "2017-05-14"]]),
	g("François", "Fillon", [["FR", "hog", "2007-05-17", "2012-05-15"]]),
	g("Jean-Marc", "Ayrault", [
		["FR", "hog", "2012-05-15", "2014-03-31"],
		["FR", "fm", "2016-02-11", "2017-05-17"],
	]),
	g("Manuel", "Valls", [["FR", "hog", "2014-03-31", "2016-12-06"]]),
	g("Bernard", "Cazeneuve", [["FR", "hog", "2016-12-06", "2017-05-15"]]),
	g("Édouard", "Philippe", [["FR", "hog", "2017-05-15", "2020-07-03"]]),
	g("Jean", "Castex", [["FR", "hog", "2020-07-03", "2022-05-16"]]),
	g("Élisabeth", "Borne", [["FR", "hog", "2022-05-16", "2024-01-09"]]),
	g("Gabriel", "Attal", [["FR", "hog", "2024-01-09", "2024-09-05"]]),
	g("Michel", "Barnier", [["FR", "hog", "2024-09-05", "2024-12-13"]]),
	g("François", "Bayrou", [["FR", "hog", "2024-12-13", "2025-09-09"]]),
	g("Sébastien", "Lecornu", [["FR", "hog", "2025-09-09"]]),
	g("Michèle", "Alliot-Marie", [["FR", "fm", "2010-11-14", "2011-02-27"]]),
	g("Alain", "Juppé", [["FR", "fm", "2011-02-27", "2012-05-15"]]),
	g("Laurent", "Fabius", [["FR", "fm", "2012-05-16", "2016-02-11"]]),
	g("Jean-Yves", "Le Drian", [["FR", "fm", "2017-05-17", "2022-05-20"]]),
	g("Catherine", "Colonna", [["FR", "fm", "2022-05-20", "2024-01-11"]]),
	g("Stéphane", "Séjourné", [["FR", "fm", "2024-01-11", "2024-09-21"]]),
	g("Jean-Noël", "Barrot", [["FR", "fm", "2024-09-21"]]),

	// Germany
	g("Christian", "Wulff", [["DE", "hos", "2010-06-30", "2012-02-17"]]),
	g("Joachim", "Gauck", [["DE", "hos", "2012-03-18", "2017-03-18"]]),
	g("Frank-Walter", "Steinmeier", [
		["DE", "fm", "2013-12-17", "2017-01-27"],
		["DE", "hos", "2017-03-19"],
	]),
	g("Angela", "Merkel", [["DE", "hog", "2005-11-22", "2021-12-08"]]),
	g("Olaf", "Scholz", [["DE", "hog", "2021-12-08", "2025-05-06"]]),
	g("Friedrich", "Merz", [["DE", "hog", "2025-05-06"]]),
	g("Guido", "Westerwelle", [["DE", "fm", "2009-10-28", "2013-12-17"]]),
	g("Sigmar", "Gabriel", [["DE", "fm", "2017-01-27", "2018-03-14"]]),
	g("Heiko", "Maas", [["DE", "fm", "2018-03-14", "2021-12-08"]]),
	g("Annalena", "Baerbock", [["DE", "fm", "2021-12-08", "2025-05-06"]]),
	g("Johann", "Wadephul", [["DE", "fm", "2025-05-06"]]),

	// India
	g("Pratibha", "Patil", [["IN", "hos", "2007-07-25", "2012-07-25"]]),
	g("Pranab", "Mukherjee", [["IN", "hos", "2012-07-25", "2017-07-25"]]),
	g("Ram Nath", "Kovind", [["IN", "hos", "2017-07-25", "2022-07-25"]]),
	g("Droupadi", "Murmu", [["IN", "hos", "2022-07-25"]]),
	g("Manmohan", "Singh", [["IN", "hog", "2004-05-22", "2014-05-26"]]),
	g("Narendra", "Modi", [["IN", "hog", "2014-05-26"]], { native: "नरेन्द्र मोदी" }),
	g("Salman", "Khurshid", [["IN", "fm", "2012-10-28", "2014-05-26"]]),
	g("Sushma", "Swaraj", [["IN", "fm", "2014-05-26", "2019-05-30"]]),
	g("Subrahmanyam", "Jaishankar", [["IN", "fm", "2019-05-30"]], {
		aliases: ["S. Jaishankar", "S Jaishankar"],
	}),

	// Indonesia
	g("Susilo Bambang", "Yudhoyono", [["ID", "hos+hog", "2004-10-20", "2014-10-20"]]),
	g("Joko", "Widodo", [["ID", "hos+hog", "2014-10-20", "2024-10-20"]], { aliases: ["Jokowi"] }),
	g("Prabowo", "Subianto", [["ID", "hos+hog", "2024-10-20"]], { aliases: ["Prabowo"] }),
	g("Marty", "Natalegawa", [["ID", "fm", "2009-10-22", "2014-10-20"]]),
	g("Retno", "Marsudi", [["ID", "fm", "2014-10-27", "2024-10-20"]], { aliases: ["Retno L.P. Marsudi"] }),

	// Iran
	g("Ali", "Khamenei", [["IR", "hos", "1989-06-04"]]),
	g("Mahmoud", "Ahmadinejad", [["IR", "hog", "2005-08-03", "2013-08-03"]]),
	g("Hassan", "Rouhani", [["IR", "hog", "2013-08-03", "2021-08-03"]]),
	g("Ebrahim", "Raisi", [["IR", "hog", "2021-08-03", "2024-05-19"]]),
	g("Masoud", "Pezeshkian", [["IR", "hog", "2024-07-28"]]),
	g("Mohammad Javad", "Zarif", [["IR", "fm", "2013-08-15", "2021-08-25"]]),
	g("Hossein", "Amir-Abdollahian", [["IR", "fm", "2021-08-25", "2024-05-19"]]),
	g("Abbas", "Araghchi", [["IR", "fm", "2024-08-21"]]),

	// Israel
	g("Shimon", "Peres", [["IL", "hos", "2007-07-15", "2014-07-24"]]),
	g("Reuven", "Rivlin", [["IL", "hos", "2014-07-24", "2021-07-07"]]),
	g("Isaac", "Herzog", [["IL", "hos", "2021-07-07"]]),
	g("Benjamin", "Netanyahu", [
		["IL", "hog", "2009-03-31", "2021-06-13"],
		["IL", "hog", "2022-12-29"],
	]),
	g("Naftali", "Bennett", [["IL", "hog", "2021-06-13", "2022-06-30"]]),
	g("Yair", "Lapid", [
		["IL", "fm", "2021-06-13", "2022-12-29"],
		["IL", "hog", "2022-07-01", "2022-12-29"],
	]),
	g("Avigdor", "Lieberman", [
		["IL", "fm", "2009-03-31", "2012-12-18"],
		["IL", "fm", "2013-11-11", "2015-05-14"],
	]),
	g("Gabi", "Ashkenazi", [["IL", "fm", "2020-05-17", "2021-06-13"]]),
	g("Eli", "Cohen", [["IL", "fm", "2022-12-29", "2024-01-01"]]),
	g("Israel", "Katz", [["IL", "fm", "2024-01-01", "2024-11-05"]]),
	g("Gideon", "Sa'ar", [["IL", "fm", "2024-11-05"]]),

	// Italy
	g("Giorgio", "Napolitano", [["IT", "hos", "2006-05-15", "2015-01-14"]]),
	g("Sergio", "Mattarella", [["IT", "hos", "2015-02-03"]]),
	g("Silvio", "Berlusconi", [["IT", "hog", "2008-05-08", "2011-11-16"]]),
	g("Mario", "Monti", [["IT", "hog", "2011-11-16", "2013-04-28"]]),
	g("Enrico", "Letta", [["IT", "hog", "2013-04-28", "2014-02-22"]]),
	g("Matteo", "Renzi", [["IT", "hog", "2014-02-22", "2016-12-12"]]),
	g("Paolo", "Gentiloni", [
		["IT", "fm", "2014-10-31", "2016-12-12"],
		["IT", "hog", "2016-12-12", "2018-06-01"],
	]),
	g("Giuseppe", "Conte", [["IT", "hog", "2018-06-01", "2021-02-13"]]),
	g("Mario", "Draghi", [["IT", "hog", "2021-02-13", "2022-10-22"]]),
	g("Giorgia", "Meloni", [["IT", "hog", "2022-10-22"]]),
	g("Franco", "Frattini", [["IT", "fm", "2008-05-08", "2011-11-16"]]),
	g("Emma", "Bonino", [["IT", "fm", "2013-04-28", "2014-02-22"]]),
	g("Angelino", "Alfano", [["IT", "fm", "2016-12-12", "2018-06-01"]]),
	g("Enzo", "Moavero Milanesi", [["IT", "fm", "2018-06-01", "2019-09-05"]]),
	g("Luigi", "Di Maio", [["IT", "fm", "2019-09-05", "2022-10-22"]]),
	g("Antonio", "Tajani", [["IT", "fm", "2022-10-22"]]),

	// Japan
	f("Hatoyama", "Yukio", [["JP", "hog", "2009-09-16", "2010-06-08"]], { native: "鳩山由紀夫" }),
	f("Kan", "Naoto", [["JP", "hog", "2010-06-08", "2011-09-02"]], { native: "菅直人" }),
	f("Noda", "Yoshihiko", [["JP", "hog", "2011-09-02", "2012-12-26"]], { native: "野田佳彦" }),
	f("Abe", "Shinzo", [["JP", "hog", "2012-12-26", "2020-09-16"]], { native: "安倍晋三" }),
	f("Suga", "Yoshihide", [["JP", "hog", "2020-09-16", "2021-10-04"]], { native: "菅義偉" }),
	f(
		"Kishida",
		"Fumio",
		[
			["JP", "fm", "2012-12-26", "2017-08-03"],
			["JP", "hog", "2021-10-04", "2024-10-01"],
		],
		{ native: "岸田文雄" },
	),
	f("Ishiba", "Shigeru", [["JP", "hog", "2024-10-01", "2025-10-21"]], { native: "石破茂" }),
	f("Takaichi", "Sanae", [["JP", "hog", "2025-10-21"]], { native: "高市早苗" }),
	f("Okada", "Katsuya", [["JP", "fm", "2009-09-16", "2010-09-17"]], { native: "岡田克也" }),
	f("Maehara", "Seiji", [["JP", "fm", "2010-09-17", "2011-03-07"]], { native: "前原誠司" }),
	f("Matsumoto", "Takeaki", [["JP", "fm", "2011-03-09", "2011-09-02"]], { native: "松本剛明" }),
	f("Gemba", "Koichiro", [["JP", "fm", "2011-09-02", "2012-12-26"]], { native: "玄葉光一郎" }),
	f("Kono", "Taro", [["JP", "fm", "2017-08-03", "2019-09-11"]], { native: "河野太郎" }),
	f(
		"Motegi",
		"Toshimitsu",
		[
			["JP", "fm", "2019-09-11", "2021-11-04"],
			["JP", "fm", "2025-10-21"],
		],
		{ native: "茂木敏充" },
	),
	f("Hayashi", "Yoshimasa", [["JP", "fm", "2021-11-10", "2023-09-13"]], { native: "林芳正" }),
	f("Kamikawa", "Yoko", [["JP", "fm", "2023-09-13", "2024-10-01"]], { native: "上川陽子" }),
	f("Iwaya", "Takeshi", [["JP", "fm", "2024-10-01", "2025-10-21"]], { native: "岩屋毅" }),

	// Kazakhstan, Tajikistan, Uzbekistan
	g("Nursultan", "Nazarbayev", [["KZ", "hos", "1990-04-24", "2019-03-20"]]),
	g("Kassym-Jomart", "Tokayev", [["KZ", "hos", "2019-03-20"]]),
	g("Emomali", "Rahmon", [["TJ", "hos", "1994-11-16"]]),
	g("Islam", "Karimov", [["UZ", "hos", "1991-09-01", "2016-09-02"]]),
	g("Shavkat", "Mirziyoyev", [["UZ", "hos", "2016-12-14"]]),

	// Mexico
	g("Felipe", "Calderón", [["MX", "hos+hog", "2006-12-01", "2012-11-30"]]),
	g("Enrique", "Peña Nieto", [["MX", "hos+hog", "2012-12-01", "2018-11-30"]]),
	g("Andrés Manuel", "López Obrador", [["MX", "hos+hog", "2018-12-01", "2024-09-30"]], { aliases: ["AMLO"] }),
	g("Claudia", "Sheinbaum", [["MX", "hos+hog", "2024-10-01"]], { aliases: ["Claudia Sheinbaum Pardo"] }),
	g("Patricia", "Espinosa", [["MX", "fm", "2006-12-01", "2012-11-30"]]),
	g("José Antonio", "Meade", [["MX", "fm", "2012-12-01", "2015-08-27"]]),
	g("Claudia", "Ruiz Massieu", [["MX", "fm", "2015-08-27", "2017-01-04"]]),
	g("Luis", "Videgaray", [["MX", "fm", "2017-01-04", "2018-11-30"]]),
	g("Marcelo", "Ebrard", [["MX", "fm", "2018-12-01", "2023-06-12"]]),
	g("Alicia", "Bárcena", [["MX", "fm", "2023-07-03", "2024-09-30"]]),

	// New Zealand
	g("John", "Key", [["NZ", "hog", "2008-11-19", "2016-12-12"]]),
	g("Bill", "English", [["NZ", "hog", "2016-12-12", "2017-10-26"]]),
	g("Jacinda", "Ardern", [["NZ", "hog", "2017-10-26", "2023-01-25"]]),
	g("Chris", "Hipkins", [["NZ", "hog", "2023-01-25", "2023-11-27"]]),
	g("Christopher", "Luxon", [["NZ", "hog", "2023-11-27"]]),
	g("Murray", "McCully", [["NZ", "fm", "2008-11-19", "2017-05-02"]]),
	g("Gerry", "Brownlee", [["NZ", "fm", "2017-05-02", "2017-10-26"]]),
	g("Winston", "Peters", [
		["NZ", "fm", "2017-10-26", "2020-11-06"],
		["NZ", "fm", "2023-11-27"],
	]),
	g("Nanaia", "Mahuta", [["NZ", "fm", "2020-11-06", "2023-11-27"]]),

	// Organisations
	f("Ban", "Ki-moon", [["UN", "org", "2007-01-01", "2016-12-31"]], { native: "반기문" }),
	g("António", "Guterres", [["UN", "org", "2017-01-01"]]),
	g("Anders Fogh", "Rasmussen", [["NATO", "org", "2009-08-01", "2014-09-30"]]),
	g("Jens", "Stoltenberg", [["NATO", "org", "2014-10-01", "2024-09-30"]]),
	g("Mark", "Rutte", [["NATO", "org", "2024-10-01"]]),

	// Pakistan
	g("Asif Ali", "Zardari", [
		["PK", "hos", "2008-09-09", "2013-09-09"],
		["PK", "hos", "2024-03-10"],
	]),
	g("Mamnoon", "Hussain", [["PK", "hos", "2013-09-09", "2018-09-09"]]),
	g("Arif", "Alvi", [["PK", "hos", "2018-09-09", "2024-03-10"]]),
	g("Nawaz", "Sharif", [["PK", "hog", "2013-06-05", "2017-07-28"]]),
	g("Shahid Khaqan", "Abbasi", [["PK", "hog", "2017-08-01", "2018-05-31"]]),
	g("Imran", "Khan", [["PK", "hog", "2018-08-18", "2022-04-10"]]),
	g("Shehbaz", "Sharif", [
		["PK", "hog", "2022-04-11", "2023-08-14"],
		["PK", "hog", "2024-03-04"],
	]),
	g("Anwaar-ul-Haq", "Kakar", [["PK", "hog", "2023-08-14", "2024-03-04"]]),
	g("Shah Mehmood", "Qureshi", [["PK", "fm", "2018-08-20", "2022-04-10"]]),
	g("Bilawal", "Bhutto Zardari", [["PK", "fm", "2022-04-27", "2023-08-10"]]),
	g("Jalil Abbas", "Jilani", [["PK", "fm", "2023-08-17", "2024-03-04"]]),
	g("Ishaq", "Dar", [["PK", "fm", "2024-03-11"]]),

	// Philippines
	g("Benigno", "Aquino", [["PH", "hos+hog", "2010-06-30", "2016-06-30"]], {
		aliases: ["Benigno Aquino III", "Noynoy Aquino"],
	}),
	g("Rodrigo", "Duterte", [["PH", "hos+hog", "2016-06-30", "2022-06-30"]]),
	g("Ferdinand", "Marcos", [["PH", "hos+hog", "2022-06-30"]], {
		aliases: ["Ferdinand Marcos Jr.", "Ferdinand R. Marcos Jr.", "Bongbong Marcos"],
	}),
	g("Albert", "del Rosario", [["PH", "fm", "2011-02-24", "2016-03-07"]]),
	g("Alan Peter", "Cayetano", [["PH", "fm", "2017-05-18", "2018-10-17"]]),
	g("Teodoro", "Locsin", [["PH", "fm", "2018-10-17", "2022-06-30"]], { aliases: ["Teodoro Locsin Jr."] }),
	g("Enrique", "Manalo", [["PH", "fm", "2022-07-01", "2025-06-30"]]),

	// Russia
	g(
		"Dmitry",
		"Medvedev",
		[
			["RU", "hos", "2008-05-07", "2012-05-07"],
			["RU", "hog", "2012-05-08", "2020-01-16"],
		],
		{ native: "Дмитрий Медведев", aliases: ["Dmitri Medvedev"] },
	),
	g(
		"Vladimir",
		"Putin",
		[
			["RU", "hog", "2008-05-08", "2012-05-07"],
			["RU", "hos", "2012-05-07"],
		],
		{ native: "Владимир Путин" },
	),
	g("Mikhail", "Mishustin", [["RU", "hog", "2020-01-16"]], { native: "Михаил Мишустин" }),
	g("Sergey", "Lavrov", [["RU", "fm", "2004-03-09"]], {
		native: "Сергей Лавров",
		aliases: ["Sergei Lavrov"],
	}),

	// Saudi Arabia
	g(
		"Abdullah bin Abdulaziz",
		"Al Saud",
		[
			["SA", "hos", "2005-08-01", "2015-01-23"],
			["SA", "hog", "2005-08-01", "2015-01-23"],
		],
		{ aliases: ["King Abdullah"] },
	),
	g(
		"Salman bin Abdulaziz",
		"Al Saud",
		[
			["SA", "hos", "2015-01-23"],
			["SA", "hog", "2015-01-23", "2022-09-27"],
		],
		{ aliases: ["King Salman"] },
	),
	g("Mohammed bin Salman", "Al Saud", [["SA", "hog", "2022-09-27"]], {
		aliases: ["Mohammed bin Salman", "MBS"],
	}),
	g("Saud al-Faisal", "Al Saud", [["SA", "fm", "1975-10-13", "2015-04-29"]], { aliases: ["Saud al-Faisal"] }),
	g("Adel", "al-Jubeir", [["SA", "fm", "2015-04-29", "2018-12-27"]]),
	g("Faisal bin Farhan", "Al Saud", [["SA", "fm", "2019-10-23"]], { aliases: ["Faisal bin Farhan"] }),

	// Singapore
	f("Lee", "Hsien Loong", [["SG", "hog", "2004-08-12", "2024-05-15"]], { native: "李显龙" }),
	g("Lawrence", "Wong", [["SG", "hog", "2024-05-15"]], { native: "黄循财" }),
	g("Tony", "Tan", [["SG", "hos", "2011-09-01", "2017-08-31"]], { aliases: ["Tony Tan Keng Yam"] }),
	g("Halimah", "Yacob", [["SG", "hos", "2017-09-14", "2023-09-13"]]),
	g("Tharman", "Shanmugaratnam", [["SG", "hos", "2023-09-14"]]),
	g("George", "Yeo", [["SG", "fm", "2004-08-12", "2011-05-20"]]),
	g("Vivian", "Balakrishnan", [["SG", "fm", "2015-10-01"]]),

	// South Africa
	g("Jacob", "Zuma", [["ZA", "hos+hog", "2009-05-09", "2018-02-14"]]),
	g("Cyril", "Ramaphosa", [["ZA", "hos+hog", "2018-02-15"]]),
	g("Maite", "Nkoana-Mashabane", [["ZA", "fm", "2009-05-10", "2018-02-26"]]),
	g("Lindiwe", "Sisulu", [["ZA", "fm", "2018-02-27", "2019-05-29"]]),
	g("Naledi", "Pandor", [["ZA", "fm", "2019-05-30", "2024-07-03"]]),
	g("Ronald", "Lamola", [["ZA", "fm", "2024-07-03"]]),

	// South Korea
	f("Lee", "Myung-bak", [["KR", "hos+hog", "2008-02-25", "2013-02-25"]], { native: "이명박" }),
	f("Park", "Geun-hye", [["KR", "hos+hog", "2013-02-25", "2017-03-10"]], { native: "박근혜" }),
	f("Moon", "Jae-in", [["KR", "hos+hog", "2017-05-10", "2022-05-10"]], { native: "문재인" }),
	f("Yoon", "Suk Yeol", [["KR", "hos+hog", "2022-05-10", "2025-04-04"]], {
		native: "윤석열",
		aliases: ["Yoon Suk-yeol"],
	}),
	f("Lee", "Jae-myung", [["KR", "hos+hog", "2025-06-04"]], { native: "이재명", aliases: ["Lee Jae Myung"] }),
	f("Yun", "Byung-se", [["KR", "fm", "2013-03-11", "2017-06-18"]], { native: "윤병세" }),
	f("Kang", "Kyung-wha", [["KR", "fm", "2017-06-18", "2021-02-08"]], { native: "강경화" }),
	f("Chung", "Eui-yong", [["KR", "fm", "2021-02-09", "2022-05-12"]], { native: "정의용" }),
	f("Park", "Jin", [["KR", "fm", "2022-05-12", "2024-01-10"]], { native: "박진" }),
	f("Cho", "Tae-yul", [["KR", "fm", "2024-01-10", "2025-07-18"]], { native: "조태열" }),
	f("Cho", "Hyun", [["KR", "fm", "2025-07-21"]], { native: "조현" }),

	// Turkey
	g("Abdullah", "Gül", [["TR", "hos", "2007-08-28", "2014-08-28"]]),
	g(
		"Recep Tayyip",
		"Erdoğan",
		[
			["TR", "hog", "2003-03-14", "2014-08-28"],
			["TR", "hos", "2014-08-28", "2018-07-09"],
			["TR", "hos+hog", "2018-07-09"],
		],
		{ aliases: ["Tayyip Erdoğan"] },
	),
	g("Ahmet", "Davutoğlu", [
		["TR", "fm", "2009-05-01", "2014-08-29"],
		["TR", "hog", "2014-08-28", "2016-05-24"],
	]),
	g("Binali", "Yıldırım", [["TR", "hog", "2016-05-24", "2018-07-09"]]),
	g("Mevlüt", "Çavuşoğlu", [
		["TR", "fm", "2014-08-29", "2015-08-28"],
		["TR", "fm", "2015-11-24", "2023-06-04"],
	]),
	g("Feridun", "Sinirlioğlu", [["TR", "fm", "2015-08-28", "2015-11-24"]]),
	g("Hakan", "Fidan", [["TR", "fm", "2023-06-04"]]),

	// Ukraine
	g("Viktor", "Yanukovych", [["UA", "hos", "2010-02-25", "2014-02-22"]]),
	g("Petro", "Poroshenko", [["UA", "hos", "2014-06-07", "2019-05-20"]]),
	g("Volodymyr", "Zelenskyy", [["UA", "hos", "2019-05-20"]], {
		native: "Володимир Зеленський",
		aliases: ["Volodymyr Zelensky", "Volodymyr Zelenskiy"],
	}),
	g("Mykola", "Azarov", [["UA", "hog", "2010-03-11", "2014-01-28"]]),
	g("Arseniy", "Yatsenyuk", [["UA", "hog", "2014-02-27", "2016-04-14"]]),
	g("Volodymyr", "Groysman", [["UA", "hog", "2016-04-14", "2019-08-29"]]),
	g("Oleksiy", "Honcharuk", [["UA", "hog", "2019-08-29", "2020-03-04"]]),
	g("Denys", "Shmyhal", [["UA", "hog", "2020-03-04", "2025-07-17"]]),
	g("Yulia", "Svyrydenko", [["UA", "hog", "2025-07-17"]]),
	g("Pavlo", "Klimkin", [["UA", "fm", "2014-06-19", "2019-08-29"]]),
	g("Vadym", "Prystaiko", [["UA", "fm", "2019-08-29", "2020-03-04"]]),
	g("Dmytro", "Kuleba", [["UA", "fm", "2020-03-04", "2024-09-05"]]),
	g("Andrii", "Sybiha", [["UA", "fm", "2024-09-05"]], { aliases: ["Andriy Sybiha"] }),

	// United Kingdom
	g("Gordon", "Brown", [["GB", "hog", "2007-06-27", "2010-05-11"]]),
	g("David", "Cameron", [
		["GB", "hog", "2010-05-11", "2016-07-13"],
		["GB", "fm", "2023-11-13", "2024-07-05"],
	]),
	g("Theresa", "May", [["GB", "hog", "2016-07-13", "2019-07-24"]]),
	g("Boris", "Johnson", [
		["GB", "fm", "2016-07-13", "2018-07-09"],
		["GB", "hog", "2019-07-24", "2022-09-06"],
	]),
	g("Liz", "Truss", [
		["GB", "fm", "2021-09-15", "2022-09-06"],
		["GB", "hog", "2022-09-06", "2022-10-25"],
	]),
	g("Rishi", "Sunak", [["GB", "hog", "2022-10-25", "2024-07-05"]]),
	g("Keir", "Starmer", [["GB", "hog", "2024-07-05"]]),
	g("William", "Hague", [["GB", "fm", "2010-05-12", "2014-07-14"]]),
	g("Philip", "Hammond", [["GB", "fm", "2014-07-15", "2016-07-13"]]),
	g("Jeremy", "Hunt", [["GB", "fm", "2018-07-09", "2019-07-24"]]),
	g("Dominic", "Raab", [["GB", "fm", "2019-07-24", "2021-09-15"]]),
	g("James", "Cleverly", [["GB", "fm", "2022-09-06", "2023-11-13"]]),
	g("David", "Lammy", [["GB", "fm", "2024-07-05", "2025-09-05"]]),
	g("Yvette", "Cooper", [["GB", "fm", "2025-09-05"]]),

	// United States
	g("Barack", "Obama", [["US", "hos+hog", "2009-01-20", "2017-01-20"]]),
	g(
		"Donald",
		"Trump",
		[
			["US", "hos+hog", "2017-01-20", "2021-01-20"],
			["US", "hos+hog", "2025-01-20"],
		],
		{ aliases: ["Donald J. Trump"] },
	),
	g("Joe", "Biden", [["US", "hos+hog", "2021-01-20", "2025-01-20"]], {
		aliases: ["Joseph R. Biden", "Joseph Biden"],
	}),
	g("Hillary", "Clinton", [["US", "fm", "2009-01-21", "2013-02-01"]], {
		aliases: ["Hillary Rodham Clinton"],
	}),
	g("John", "Kerry", [["US", "fm", "2013-02-01", "2017-01-20"]]),
	g("Rex", "Tillerson", [["US", "fm", "2017-02-01", "2018-03-31"]]),
	g("Mike", "Pompeo", [["US", "fm", "2018-04-26", "2021-01-20"]], { aliases: ["Michael R. Pompeo"] }),
	g("Antony", "Blinken", [["US", "fm", "2021-01-26", "2025-01-20"]], { aliases: ["Antony J. Blinken"] }),
	g("Marco", "Rubio", [["US", "fm", "2025-01-21"]]),

	// Vietnam
	f("Trương", "Tấn Sang", [["VN", "hos", "2011-07-25", "2016-04-02"]]),
	f("Trần", "Đại Quang", [["VN", "hos", "2016-04-02", "2018-09-21"]]),
	f("Nguyễn", "Phú Trọng", [["VN", "hos", "2018-10-23", "2021-04-05"]]),
	f("Nguyễn", "Xuân Phúc", [
		["VN", "hog", "2016-04-07", "2021-04-05"],
		["VN", "hos", "2021-04-05", "2023-01-18"],
	]),
	f("Võ", "Văn Thưởng", [["VN", "hos", "2023-03-02", "2024-03-21"]]),
	f("Tô", "Lâm", [["VN", "hos", "2024-05-22", "2024-10-21"]]),
	f("Lương", "Cường", [["VN", "hos", "2024-10-21"]]),
	f("Nguyễn", "Tấn Dũng", [["VN", "hog", "2006-06-27", "2016-04-07"]]),
	f("Phạm", "Minh Chính", [["VN", "hog", "2021-04-05"]]),
	f("Phạm", "Bình Minh", [["VN", "fm", "2011-08-03", "2021-04-08"]]),
];
