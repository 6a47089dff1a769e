/**
 * Where recurring gatherings take place, as public record: a text that names one without saying where it is (a
 * story about "the G20 summit" with no dateline) is set in its host city.
 *
 * `SUMMITS` lists leaders' summits by series with their first day; a text is taken to be about one only when its
 * publication day is within {@link SUMMIT_WINDOW_DAYS} of that day. `SEATS` are bodies that always meet in one city.
 */

/** One leaders' summit: its series, first day (`YYYY-MM-DD`) and host city. */
export interface Summit {
	series: string;
	start: string;
	city: string;
	country: string;
}

/** How many days before or after a summit's first day a story can still be about it. */
export const SUMMIT_WINDOW_DAYS = 10;

/** How each series is printed: "G20", "G-20", "BRICS", "NATO", "APEC". */
export const SUMMIT_SERIES: Readonly<Record<string, RegExp>> = {
	G20: /\bG-?20\b/,
	G7: /\bG-?7\b/,
	BRICS: /\bBRICS\b/,
	NATO: /\bNATO\b/,
	APEC: /\bAPEC\b/,
};

const TABLE = `
G20 2008-11-14 Washington US
G20 2009-04-02 London GB
G20 2009-09-24 Pittsburgh US
G20 2010-06-26 Toronto CA
G20 2010-11-11 Seoul KR
G20 2011-11-03 Cannes FR
G20 2012-06-18 Los Cabos MX
G20 2013-09-05 Saint Petersburg RU
G20 2014-11-15 Brisbane AU
G20 2015-11-15 Antalya TR
G20 2016-09-04 Hangzhou CN
G20 2017-07-07 Hamburg DE
G20 2018-11-30 Buenos Aires AR
G20 2019-06-28 Osaka JP
G20 2021-10-30 Rome IT
G20 2022-11-15 Bali ID
G20 2023-09-09 New Delhi IN
G20 2024-11-18 Rio de Janeiro BR
G20 2025-11-22 Johannesburg ZA
G7 2014-06-04 Brussels BE
G7 2016-05-26 Ise-Shima JP
G7 2017-05-26 Taormina IT
G7 2018-06-08 La Malbaie CA
G7 2019-08-24 Biarritz FR
G7 2021-06-11 Carbis Bay GB
G7 2023-05-19 Hiroshima JP
G7 2024-06-13 Fasano IT
G7 2025-06-15 Kananaskis CA
BRICS 2014-07-15 Fortaleza BR
BRICS 2015-07-08 Ufa RU
BRICS 2017-09-03 Xiamen CN
BRICS 2018-07-25 Johannesburg ZA
BRICS 2019-11-13 Brasília BR
BRICS 2023-08-22 Johannesburg ZA
BRICS 2024-10-22 Kazan RU
BRICS 2025-07-06 Rio de Janeiro BR
NATO 2014-09-04 Newport GB
NATO 2016-07-08 Warsaw PL
NATO 2017-05-25 Brussels BE
NATO 2018-07-11 Brussels BE
NATO 2019-12-03 London GB
NATO 2021-06-14 Brussels BE
NATO 2022-06-28 Madrid ES
NATO 2023-07-11 Vilnius LT
NATO 2024-07-09 Washington US
NATO 2025-06-24 The Hague NL
APEC 2014-11-10 Beijing CN
APEC 2015-11-18 Manila PH
APEC 2016-11-19 Lima PE
APEC 2017-11-10 Da Nang VN
APEC 2018-11-17 Port Moresby PG
APEC 2022-11-18 Bangkok TH
APEC 2023-11-15 San Francisco US
APEC 2024-11-15 Lima PE
APEC 2025-10-31 Gyeongju KR
`;

/** The leaders' summits of {@link SUMMIT_SERIES}, oldest first. */
export const SUMMITS: readonly Summit[] = TABLE.trim()
	.split("\n")
	.map((line) => {
		const [series = "", start = "", ...rest] = line.split(" ");
		const country = rest.pop() ?? "";
		return { series, start, city: rest.join(" "), country };
	});

/** "the UN General Assembly", "in the General Assembly", "UN Headquarters": bodies and buildings with one seat. */
export const SEATS: ReadonlyArray<{ pattern: RegExp; city: string; country: string }> = [
	{
		pattern:
			/\b(?:in|at|of|to|before|address(?:ed|es|ing)?)\s+the\s+(?:(?:UN|U\.N\.|United\s+Nations)\s+)?General\s+Assembly\b(?!\s+of\b)|\bUNGA\b|\b(?:UN|U\.N\.|United\s+Nations)\s+[Hh]eadquarters\b/,
		city: "New York",
		country: "US",
	},
];
