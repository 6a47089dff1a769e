import { describe, expect, it } from "vitest";
import { meetingsOf } from "./test-meetings.js";

/*
 * Phrasings that recur across news outlets, each written for these tests with invented people and real
 * countries. Every case states a general rule; none depends on a particular name.
 */

const who = (meeting: { participants: Array<{ name: string | null; country: string | null }> }) =>
	meeting.participants.map((party) => `${party.name ?? "-"} (${party.country ?? "?"})`);
const held = (meetings: ReturnType<typeof meetingsOf>) =>
	meetings.filter((meeting) => meeting.status === "held");

describe("passive voice", () => {
	it("reads 'Talks were held between A and B'", () => {
		const meetings = meetingsOf(
			"Talks were held between Polish Foreign Minister Jan Kowalczyk and his Czech counterpart Petr Dvorak in Warsaw on Tuesday.",
		);
		expect(meetings.map(who)).toEqual([["Jan Kowalczyk (PL)", "Petr Dvorak (CZ)"]]);
		expect(meetings[0]).toMatchObject({
			status: "held",
			date: "2024-03-12",
			place: { city: "Warsaw", country: "PL" },
			format: "in_person",
		});
	});

	it("reads 'Talks were held in <city> on <day> between A and B'", () => {
		const [meeting] = meetingsOf(
			"Talks were held in Warsaw on Tuesday between Polish Foreign Minister Jan Kowalczyk and Czech Foreign Minister Petr Dvorak.",
		);
		expect(meeting).toMatchObject({ status: "held", date: "2024-03-12", place: { city: "Warsaw" } });
		expect(meeting && who(meeting)).toEqual(["Jan Kowalczyk (PL)", "Petr Dvorak (CZ)"]);
	});

	it("reads 'A meeting between A and B took place in ...'", () => {
		const meetings = meetingsOf(
			"A meeting between Chilean Foreign Minister Camila Rojas and Peruvian Foreign Minister Diego Salazar took place in Lima on Monday.",
		);
		expect(meetings.map(who)).toEqual([["Camila Rojas (CL)", "Diego Salazar (PE)"]]);
		expect(meetings[0]).toMatchObject({ date: "2024-03-11", place: { city: "Lima", country: "PE" } });
	});

	it("reads 'X was received by Y' and 'X was hosted by Y'", () => {
		const received = meetingsOf(
			"Ghanaian Foreign Minister Kwame Mensah was received by Senegalese President Amadou Diallo in Dakar on Wednesday.",
		);
		expect(received.map(who)).toEqual([["Kwame Mensah (GH)", "Amadou Diallo (SN)"]]);
		expect(received[0]).toMatchObject({ date: "2024-03-13", place: { city: "Dakar", country: "SN" } });
		const hosted = meetingsOf(
			"Slovenian Foreign Minister Mojca Zupan was hosted by Croatian Foreign Minister Ivan Horvat in Zagreb on Thursday.",
		);
		expect(hosted.map(who)).toEqual([["Mojca Zupan (SI)", "Ivan Horvat (HR)"]]);
	});
});

describe("meeting verbs", () => {
	it("reads 'sat down with'", () => {
		const meetings = meetingsOf(
			"Danish Foreign Minister Mette Lund sat down with her Norwegian counterpart Erik Solheim in Oslo on Thursday.",
		);
		expect(meetings.map(who)).toEqual([["Mette Lund (DK)", "Erik Solheim (NO)"]]);
		expect(meetings[0]).toMatchObject({ date: "2024-03-14", format: "in_person" });
	});

	it("reads 'hosted' and 'played host to'", () => {
		expect(
			meetingsOf(
				"Moroccan Foreign Minister Youssef Alaoui hosted his Tunisian counterpart Sami Ben Salah in Rabat on Tuesday.",
			).map(who),
		).toEqual([["Youssef Alaoui (MA)", "Sami Ben Salah (TN)"]]);
		const [meeting] = meetingsOf(
			"Austrian Chancellor Felix Gruber played host to Swiss President Anna Meier in Vienna on Tuesday.",
		);
		expect(meeting && who(meeting)).toEqual(["Felix Gruber (AT)", "Anna Meier (CH)"]);
		expect(meeting).toMatchObject({ date: "2024-03-12", place: { city: "Vienna", country: "AT" } });
	});

	it("takes the place from 'welcomed X to <city>'", () => {
		const [meeting] = meetingsOf(
			"Irish Foreign Minister Ciaran Doyle welcomed Portuguese Foreign Minister Rui Mendes to Dublin on Monday.",
		);
		expect(meeting && who(meeting)).toEqual(["Ciaran Doyle (IE)", "Rui Mendes (PT)"]);
		expect(meeting).toMatchObject({ date: "2024-03-11", place: { city: "Dublin", country: "IE" } });
	});

	it("takes the place from 'welcomed X to the Elysee'", () => {
		const [meeting] = meetingsOf(
			"French President Claire Dubois welcomed Indian Prime Minister Ravi Sharma to the Elysee Palace on Monday.",
		);
		expect(meeting).toMatchObject({ place: { city: "Paris", country: "FR" }, date: "2024-03-11" });
	});

	it("names plural counterparts in order: 'his Serbian and Croatian counterparts, A and B'", () => {
		expect(
			meetingsOf(
				"Hungarian Foreign Minister Zoltan Nagy met with his Serbian and Croatian counterparts, Ivica Markovic and Ivan Horvat, in Budapest on Monday.",
			).map(who),
		).toEqual([
			["Zoltan Nagy (HU)", "Ivica Markovic (RS)"],
			["Zoltan Nagy (HU)", "Ivan Horvat (HR)"],
		]);
	});

	it("reads 'held a bilateral meeting with'", () => {
		const meetings = meetingsOf(
			"Indian External Affairs Minister Arjun Mehta held a bilateral meeting with Sri Lankan Foreign Minister Nimal Perera in Colombo on Monday.",
		);
		expect(meetings.map(who)).toEqual([["Arjun Mehta (IN)", "Nimal Perera (LK)"]]);
		expect(meetings[0]).toMatchObject({ place: { city: "Colombo", country: "LK" }, format: "in_person" });
	});

	it("makes two meetings of 'met separately with A and B' and 'held separate meetings with A and B'", () => {
		for (const verb of ["met separately with", "held separate meetings with"]) {
			const meetings = meetingsOf(
				`Egyptian Foreign Minister Omar Farouk ${verb} Jordanian Foreign Minister Layla Haddad and Lebanese Foreign Minister Karim Aoun in Cairo on Sunday.`,
			);
			expect(meetings.map(who)).toEqual([
				["Omar Farouk (EG)", "Layla Haddad (JO)"],
				["Omar Farouk (EG)", "Karim Aoun (LB)"],
			]);
			for (const meeting of meetings) expect(meeting.date).toBe("2024-03-10");
		}
	});

	it("reads 'on the margins of' as the occasion", () => {
		const [meeting] = meetingsOf(
			"Brazilian Foreign Minister Paulo Moreira met South African Foreign Minister Thandi Nkosi on the margins of the G20 summit in Rio de Janeiro on Monday.",
		);
		expect(meeting).toMatchObject({
			occasion: "G20 summit",
			place: { city: "Rio de Janeiro", country: "BR" },
			date: "2024-03-11",
		});
		const [leading] = meetingsOf(
			"On the margins of the UN General Assembly in New York, Ghanaian Foreign Minister Kwame Mensah met Irish Foreign Minister Ciaran Doyle on Tuesday.",
		);
		expect(leading && who(leading)).toEqual(["Kwame Mensah (GH)", "Ciaran Doyle (IE)"]);
		expect(leading).toMatchObject({ occasion: "UN General Assembly", place: { city: "New York" } });
	});
});

describe("'joined by': one meeting of three", () => {
	it("reads 'X met Y, joined by Z'", () => {
		const meetings = meetingsOf(
			"Kenyan President David Mwangi met Ugandan President Joseph Okello, joined by Rwandan President Claude Habimana, in Nairobi on Thursday.",
		);
		expect(meetings.map(who)).toEqual([["David Mwangi (KE)", "Joseph Okello (UG)", "Claude Habimana (RW)"]]);
		expect(meetings[0]).toMatchObject({ date: "2024-03-14", place: { city: "Nairobi" } });
	});

	it("reads 'X and Y, joined by Z, discussed ...'", () => {
		const meetings = meetingsOf(
			"Thai Foreign Minister Somchai Wong and Lao Foreign Minister Khamphan Vongsa, joined by Cambodian Foreign Minister Sok Dara, discussed the Mekong river in Bangkok on Tuesday.",
		);
		expect(meetings.map(who)).toEqual([["Somchai Wong (TH)", "Khamphan Vongsa (LA)", "Sok Dara (KH)"]]);
		expect(meetings[0]).toMatchObject({ status: "held", date: "2024-03-12", place: { city: "Bangkok" } });
	});

	it("does not make a meeting of a speaker joined by officials", () => {
		expect(
			meetingsOf(
				"Egyptian Foreign Minister Omar Farouk, joined by senior officials, delivered a speech at Cairo University on Monday.",
			),
		).toEqual([]);
	});
});

describe("organisations as parties", () => {
	it.each([
		["EU foreign policy chief Marta Lindqvist", "EU"],
		["EU High Representative Marta Lindqvist", "EU"],
		["The EU's top diplomat, Marta Lindqvist,", "EU"],
		["European Commission President Marta Lindqvist", "EU"],
		["NATO Secretary General Marta Lindqvist", "NATO"],
		["NATO chief Marta Lindqvist", "NATO"],
		["Marta Lindqvist, the NATO Secretary General,", "NATO"],
		["ASEAN Secretary-General Marta Lindqvist", "ASEAN"],
		["UN Secretary-General Marta Lindqvist", "UN"],
		["African Union Commission Chairperson Marta Lindqvist", "AFU"],
	])("%s is a party of %s", (subject, code) => {
		const meetings = meetingsOf(`${subject} met Serbian President Dragan Petrovic in Belgrade on Monday.`);
		expect(meetings.map(who)).toEqual([[`Marta Lindqvist (${code})`, "Dragan Petrovic (RS)"]]);
	});
});

describe("names", () => {
	it("reads family-name-first capitals with hyphenated given names", () => {
		const [meeting] = meetingsOf(
			"South Korean Foreign Minister CHOI Dong-hyun met Japanese Foreign Minister MORIKAWA Aiko in Seoul on Monday.",
		);
		expect(meeting && who(meeting)).toEqual(["Dong-hyun Choi (KR)", "Aiko Morikawa (JP)"]);
	});

	it("reads Vietnamese and Khmer names with diacritics", () => {
		const [meeting] = meetingsOf(
			"Vietnamese Foreign Minister Trần Minh Khoa held talks with Cambodian Foreign Minister Sok Chenda Sophea in Hanoi on Tuesday.",
		);
		expect(meeting && who(meeting)).toEqual(["Trần Minh Khoa (VN)", "Sok Chenda Sophea (KH)"]);
		const [other] = meetingsOf(
			"Cambodian Foreign Minister Sok Chenda met Vietnamese counterpart Bùi Thanh Sơn in Phnom Penh on Monday.",
		);
		expect(other && who(other)).toEqual(["Sok Chenda (KH)", "Bùi Thanh Sơn (VN)"]);
	});

	it("keeps particles in family names: van der, da, ter, de", () => {
		expect(
			meetingsOf(
				"Dutch Foreign Minister Pieter van der Berg met Brazilian Foreign Minister Ana da Silva in The Hague on Monday.",
			).map(who),
		).toEqual([["Pieter van der Berg (NL)", "Ana da Silva (BR)"]]);
		expect(
			meetingsOf(
				"Luxembourg Foreign Minister Xavier de Bettel met Dutch Foreign Minister Hanke ter Horst in Luxembourg on Monday.",
			).map(who),
		).toEqual([["Xavier de Bettel (LU)", "Hanke ter Horst (NL)"]]);
	});

	it("keeps Arabic particles: bin, al-, el-", () => {
		expect(
			meetingsOf(
				"Malaysian Foreign Minister Ahmad bin Abdullah met Saudi Foreign Minister Faisal al-Harbi in Riyadh on Monday.",
			).map(who),
		).toEqual([["Ahmad bin Abdullah (MY)", "Faisal al-Harbi (SA)"]]);
		expect(
			meetingsOf(
				"Jordanian Foreign Minister Layla Haddad held talks with Egyptian Foreign Minister Sameh el-Sayed in Amman on Monday.",
			).map(who),
		).toEqual([["Layla Haddad (JO)", "Sameh el-Sayed (EG)"]]);
	});
});

describe("back-references", () => {
	it("attaches 'The two leaders discussed ...' to the meeting just reported", () => {
		const meetings = meetingsOf(
			"French President Claire Dubois met German Chancellor Max Becker in Paris on Tuesday.",
			"The two leaders discussed energy security and defence spending.",
		);
		expect(meetings.map(who)).toEqual([["Claire Dubois (FR)", "Max Becker (DE)"]]);
		expect(meetings[0]?.topics.length).toBeGreaterThan(0);
	});

	it("reads 'she met her counterpart X'", () => {
		const meetings = meetingsOf(
			"Swedish Foreign Minister Karin Berg arrived in Tallinn on Monday.",
			"She met her counterpart Kristjan Kask on Tuesday.",
		);
		expect(meetings.map((meeting) => meeting.participants.map((party) => party.name))).toEqual([
			["Karin Berg", "Kristjan Kask"],
		]);
		expect(meetings[0]).toMatchObject({ date: "2024-03-12", place: { city: "Tallinn", country: "EE" } });
	});

	it("resolves 'the visiting minister' to the guest, not the host", () => {
		for (const [first, second] of [
			["Lithuanian Foreign Minister Tomas Petraitis", "Latvian Foreign Minister Andris Ozols"],
			["Latvian Foreign Minister Andris Ozols", "Lithuanian Foreign Minister Tomas Petraitis"],
		]) {
			const meetings = meetingsOf(
				`${first} met ${second} in Riga on Monday.`,
				"The visiting minister also met Latvian President Inese Kalnina.",
			);
			expect(meetings.map(who)).toEqual([
				expect.arrayContaining(["Tomas Petraitis (LT)", "Andris Ozols (LV)"]),
				["Tomas Petraitis (LT)", "Inese Kalnina (LV)"],
			]);
			expect(meetings[1]).toMatchObject({ date: "2024-03-11", place: { city: "Riga" } });
		}
	});
});

describe("formats", () => {
	it("makes one hybrid meeting when a third party joins by video link", () => {
		const meetings = meetingsOf(
			"Spanish Foreign Minister Lucia Navarro met Italian Foreign Minister Marco Bianchi in Madrid on Tuesday, while Greek Foreign Minister Eleni Papadaki joined by video link.",
		);
		expect(meetings.map(who)).toEqual([["Lucia Navarro (ES)", "Marco Bianchi (IT)", "Eleni Papadaki (GR)"]]);
		expect(meetings[0]).toMatchObject({ format: "hybrid", place: { city: "Madrid" }, date: "2024-03-12" });
	});

	it("reads 'with C joining virtually' and 'took part by video link' as hybrid", () => {
		const [virtual] = meetingsOf(
			"Norwegian Foreign Minister Ingrid Dahl met Icelandic Foreign Minister Jon Sigurdsson in Oslo on Monday, with Danish Foreign Minister Mette Lund joining virtually.",
		);
		expect(virtual && who(virtual)).toEqual(["Ingrid Dahl (NO)", "Jon Sigurdsson (IS)", "Mette Lund (DK)"]);
		expect(virtual?.format).toBe("hybrid");
		const [link] = meetingsOf(
			"Polish President Adam Nowak met Lithuanian President Gitanas Lauzikas in person in Vilnius on Monday, while Latvian President Inese Kalnina took part by video link.",
		);
		expect(link?.participants).toHaveLength(3);
		expect(link?.format).toBe("hybrid");
	});

	it("reads 'joined later by C via video link' as one hybrid meeting", () => {
		const meetings = meetingsOf(
			"Indonesian Foreign Minister Sari Wulandari met Malaysian Foreign Minister Ahmad bin Abdullah in Jakarta on Monday, joined later by Singaporean Foreign Minister Lim Wei Ming via video link.",
		);
		expect(meetings.map(who)).toEqual([
			["Sari Wulandari (ID)", "Ahmad bin Abdullah (MY)", "Lim Wei Ming (SG)"],
		]);
		expect(meetings[0]).toMatchObject({ format: "hybrid", place: { city: "Jakarta" } });
	});

	it("reads a hybrid format the text states outright", () => {
		const meetings = meetingsOf(
			"The meeting between Spanish Foreign Minister Lucia Navarro and Italian Foreign Minister Marco Bianchi on Tuesday was held in a hybrid format, with Navarro in Madrid and Bianchi joining by video link.",
		);
		expect(meetings.map(who)).toEqual([["Lucia Navarro (ES)", "Marco Bianchi (IT)"]]);
		expect(meetings[0]?.format).toBe("hybrid");
	});

	it("makes one video meeting of a three-way video call", () => {
		const meetings = meetingsOf(
			"Australian Foreign Minister Grace Walker, New Zealand Foreign Minister Hemi Parata and Fijian Foreign Minister Josaia Tuilagi held a three-way video call on Thursday.",
		);
		expect(meetings.map(who)).toEqual([["Grace Walker (AU)", "Hemi Parata (NZ)", "Josaia Tuilagi (FJ)"]]);
		expect(meetings[0]).toMatchObject({ format: "video", place: null, date: "2024-03-14" });
	});

	it("does not make a meeting of someone joining a conference online", () => {
		expect(
			meetingsOf(
				"Polish Foreign Minister Jan Kowalczyk took part online in a conference on Ukraine's reconstruction on Monday.",
			),
		).toEqual([]);
	});
});

describe("a place given in the next sentence", () => {
	it.each(["The talks took place at the Egmont Palace in Brussels.", "The meeting was held in Brussels."])(
		"completes the meeting from '%s'",
		(second) => {
			const meetings = meetingsOf(
				"Belgian Foreign Minister Luc Peeters held talks with Luxembourg Foreign Minister Claude Weber on Tuesday.",
				second,
			);
			expect(meetings.map(who)).toEqual([["Luc Peeters (BE)", "Claude Weber (LU)"]]);
			expect(meetings[0]).toMatchObject({ date: "2024-03-12", place: { city: "Brussels", country: "BE" } });
		},
	);
});

describe("dates", () => {
	const withDate = (phrase: string, verb = "met") =>
		meetingsOf(
			`Mexican Foreign Minister Sofia Ramirez ${verb} Colombian Foreign Minister Andres Gomez in Bogota ${phrase}.`,
		)[0];

	it("reads 'late last year' as the year, late", () => {
		expect(withDate("late last year")).toMatchObject({ status: "held", date: "2023", dateQualifier: "late" });
	});

	it("reads 'early this year' and 'at the end of last month'", () => {
		expect(withDate("early this year")).toMatchObject({ date: "2024", dateQualifier: "early" });
		expect(withDate("at the end of last month")).toMatchObject({ date: "2024-02", dateQualifier: "late" });
	});

	it("reads 'next month' as a planned month", () => {
		expect(withDate("next month", "will meet")).toMatchObject({
			status: "planned",
			date: "2024-04",
			dateQualifier: null,
		});
	});

	it("reads 'in mid-March' as the month, mid", () => {
		expect(withDate("in mid-March")).toMatchObject({ date: "2024-03", dateQualifier: "mid" });
		expect(withDate("in late November")).toMatchObject({ date: "2023-11", dateQualifier: "late" });
	});

	it("gives no date for 'last week'", () => {
		expect(withDate("last week")).toMatchObject({ status: "held", date: null });
	});
});

describe("no held meeting", () => {
	it.each([
		"Norwegian Foreign Minister Ingrid Dahl delivered a speech on Arctic security at a university in Tromso on Monday.",
		"In a statement on Tuesday, Chilean Foreign Minister Camila Rojas welcomed the ceasefire agreement.",
		"In an interview with a local newspaper, Peruvian Foreign Minister Diego Salazar said relations with Chile were strong.",
		"Writing in an op-ed for a regional daily, Estonian Foreign Minister Kristjan Kask urged allies to raise defence spending.",
		"A planned visit by Polish Foreign Minister Jan Kowalczyk to Kyiv was postponed on Monday because of security concerns.",
		"The visit by Spanish Foreign Minister Lucia Navarro to Rabat, which had been planned for Monday, was called off.",
		"Polish Foreign Minister Jan Kowalczyk travelled to Kyiv on Monday for a two-day visit.",
		"Polish Foreign Minister Jan Kowalczyk cancelled his trip to Vilnius on Monday.",
		"Greek Foreign Minister Eleni Papadaki welcomed the decision by the EU on Tuesday.",
		"Greek Foreign Minister Eleni Papadaki hosted a reception for diplomats in Athens on Monday.",
	])("%s", (text) => {
		expect(held(meetingsOf(text))).toEqual([]);
	});
});

describe("enumerated counterparts", () => {
	it("reads 'held telephone talks with the foreign ministers of N countries: A, B and C' as one call each", () => {
		const meetings = meetingsOf(
			"On Thursday evening, Foreign Minister Ilse Marten of Austria held telephone talks with the foreign ministers of three countries: the Republic of Korea (ROK), Chile and the UK.",
		);
		expect(meetings.map(who)).toEqual([
			["Ilse Marten (AT)", "- (KR)"],
			["Ilse Marten (AT)", "- (CL)"],
			["Ilse Marten (AT)", "- (GB)"],
		]);
		expect(meetings.every((meeting) => meeting.format === "phone" && meeting.date === "2024-03-14")).toBe(
			true,
		);
	});

	it("reads 'as well as the ministers of A, B, and C' as one meeting per country", () => {
		const meetings = held(
			meetingsOf(
				"In Lima, Swedish Foreign Minister Karin Dahl held talks with Peruvian Foreign Minister Luis Quispe, as well as the ministers of Chile, Bolivia, and Ecuador.",
			),
		);
		expect(meetings.map(who)).toEqual([
			["Karin Dahl (SE)", "Luis Quispe (PE)"],
			["Karin Dahl (SE)", "- (CL)"],
			["Karin Dahl (SE)", "- (BO)"],
			["Karin Dahl (SE)", "- (EC)"],
		]);
	});
});

describe("summonings and credentials", () => {
	it("reads '<country> summoned diplomats representing A and B' as an in-person meeting per country", () => {
		const meetings = meetingsOf(
			"Chile on Tuesday summoned diplomats in Santiago representing Spain and Portugal over remarks by their governments.",
		);
		expect(meetings.map(who)).toEqual([
			["- (CL)", "- (ES)"],
			["- (CL)", "- (PT)"],
		]);
		expect(meetings[0]).toMatchObject({ status: "held", date: "2024-03-12", format: "in_person" });
	});

	it("reads 'accepted the credentials of the ambassadors of A, B and C' as one meeting per envoy", () => {
		const meetings = meetingsOf(
			"President Aino Virtanen of Finland accepted the credentials of the ambassadors of Peru, Ghana and the UK, which completed their accreditation.",
		);
		expect(meetings.map(who)).toEqual([
			["Aino Virtanen (FI)", "- (PE)"],
			["Aino Virtanen (FI)", "- (GH)"],
			["Aino Virtanen (FI)", "- (GB)"],
		]);
	});

	it("needs a person when countries only 'held consultations'", () => {
		expect(meetingsOf("Ghana and Togo on Monday held consultations on their border.")).toEqual([]);
	});
});

describe("dates from the text's context", () => {
	it("reads 'the same day' as the day the text last named, even when that day was no meeting's", () => {
		const [meeting] = meetingsOf(
			"On the morning of March 4, a cargo ship ran aground off the coast of Sri Lanka.",
			"During the evening of the same day, Indian Foreign Minister Ravi Menon held a telephone call with Sri Lankan Foreign Minister Kamal Perera.",
		);
		expect(meeting).toMatchObject({ date: "2024-03-04", format: "phone" });
	});

	it("does not date a meeting by the day a report about it came out", () => {
		const [meeting] = meetingsOf(
			"Dutch Prime Minister Anne de Wit travelled to Oslo on March 12. She met Norwegian Prime Minister Erik Lunde at the Storting, the NTB agency reported early Wednesday.",
		);
		expect(meeting).toMatchObject({ date: "2024-03-12", place: { city: "Oslo", country: "NO" } });
	});
});

describe("people named by surname only", () => {
	it("reads a surname right before the trigger as a person, and names the missing given name", () => {
		const meetings = meetingsOf(
			"Upon his arrival in Lima, Vandermeer held a meeting with his Peruvian counterpart.",
		);
		expect(meetings.map(who)).toEqual([["Vandermeer (?)", "- (PE)"]]);
	});

	it("gives the surname-only person the full name printed later", () => {
		const meetings = meetingsOf(
			"Talks with Okonkwo went on all day.",
			"Chidi Okonkwo held talks with Kenyan Foreign Minister Amina Wekesa in Nairobi on Tuesday.",
		);
		expect(held(meetings).map(who)).toEqual([["Chidi Okonkwo (?)", "Amina Wekesa (KE)"]]);
	});

	it("keeps an honorific with the name it precedes: 'President Sheikh Rashid'", () => {
		const meetings = meetingsOf(
			"President Sheikh Rashid and Kuwaiti Emir Sheikh Hamad discussed regional issues during a phone call on Friday.",
		);
		expect(meetings.map(who)).toEqual([["Sheikh Rashid (?)", "Sheikh Hamad (KW)"]]);
		expect(meetings[0]).toMatchObject({ format: "phone", date: "2024-03-15" });
	});
});

describe("more ways to report a meeting", () => {
	it("reads 'has discussed with A and B' as one meeting each", () => {
		const meetings = meetingsOf(
			"Prime Minister Lars Holm of Denmark has discussed with Ghanaian president, Kofi Mensah and President of Senegal Awa Diallo on trade.",
		);
		expect(meetings.map(who)).toEqual([
			["Lars Holm (DK)", "Kofi Mensah (GH)"],
			["Lars Holm (DK)", "Awa Diallo (SN)"],
		]);
	});

	it("reads 'held talks with the foreign ministers of both A and the Vatican'", () => {
		const meetings = meetingsOf(
			"On Tuesday, Slovak Foreign Minister Juraj Kovac held talks with the foreign ministers of both Austria and the Vatican.",
		);
		expect(meetings.map(who)).toEqual([
			["Juraj Kovac (SK)", "- (AT)"],
			["Juraj Kovac (SK)", "- (VA)"],
		]);
	});

	it("reads 'PM <given name>' as the prime minister already named, not a new person", () => {
		const meetings = meetingsOf(
			"Prime Minister Tadesse Alemu met Kenyan President Grace Wanjiru in Addis Ababa on Monday.",
			"PM Tadesse also spent time with Malawian President Peter Banda.",
		);
		expect(meetings.map(who)).toEqual([
			["Tadesse Alemu (?)", "Grace Wanjiru (KE)"],
			["Tadesse Alemu (?)", "Peter Banda (MW)"],
		]);
	});
});

describe("envoys named after their countries", () => {
	it("reads 'the ambassadors of A, Name; B, Name; and the UK, Name' and names the envoys of meetings reported before", () => {
		const meetings = meetingsOf(
			"President Aino Virtanen of Finland accepted the credentials of the ambassadors of Peru, Ghana and the UK.",
			"She accepted the credentials of the new ambassadors of Peru, Rosa Quispe; Ghana, Kwame Boateng; and the UK, Oliver Grant.",
		);
		expect(meetings.map(who)).toEqual([
			["Aino Virtanen (FI)", "Rosa Quispe (PE)"],
			["Aino Virtanen (FI)", "Kwame Boateng (GH)"],
			["Aino Virtanen (FI)", "Oliver Grant (GB)"],
		]);
	});

	it("keeps a counterpart's delegation apart from another official of that country named later", () => {
		const meetings = meetingsOf(
			"In Lima, Vandermeer held a meeting with his Peruvian counterpart.",
			"Vandermeer also met with Carlos Rojas, Peru's Minister of Finance.",
		);
		expect(meetings.map(who)).toEqual([
			["Vandermeer (?)", "- (PE)"],
			["Vandermeer (?)", "Carlos Rojas (PE)"],
		]);
	});
});

describe("where a ceremony took place", () => {
	it("gives the city of the capital to the meetings just reported in that country", () => {
		const meetings = meetingsOf(
			"President Ama Tetteh of Ghana accepted the credentials of the ambassadors of Chile and Peru, who will now start work in Ghana.",
			"The ceremony took place at the presidential palace in the capital.",
		);
		expect(meetings.map(who)).toEqual([
			["Ama Tetteh (GH)", "- (CL)"],
			["Ama Tetteh (GH)", "- (PE)"],
		]);
		expect(meetings.map((meeting) => meeting.place)).toEqual([
			{ city: "Accra", country: "GH" },
			{ city: "Accra", country: "GH" },
		]);
	});
});

describe("leaders the text names without their country", () => {
	it("takes the country and name order from the leaders table, as of the day", () => {
		const meetings = meetingsOf(
			"Narendra Modi held talks with Kenyan President Amara Odhiambo in New Delhi on Tuesday.",
			"Wang Yi later met Kenyan Foreign Minister Joseph Kamau.",
		);
		// The gold shape prints every name given name first; the family name is Wang.
		expect(meetings.map(who)).toEqual([
			["Narendra Modi (IN)", "Amara Odhiambo (KE)"],
			["Yi Wang (CN)", "Joseph Kamau (KE)"],
		]);
	});
});

describe("a title before a surname alone", () => {
	it("reads 'President Okafor' as a person the text never names in full", () => {
		const meetings = meetingsOf(
			"Prime Minister Lena Vogt of Austria met President Okafor of Nigeria in Vienna on Thursday.",
		);
		expect(meetings.map(who)).toEqual([["Lena Vogt (AT)", "Okafor (NG)"]]);
		expect(meetings[0]).toMatchObject({ status: "held", date: "2024-03-14" });
	});

	it("does not take an initial or an organisation's word for a name", () => {
		const meetings = meetingsOf(
			"Dr. Halima Yusuf, Principal Secretary, State Department for Foreign Affairs, met Foreign Minister M. Lindqvist of Sweden in Stockholm on Monday.",
		);
		expect(meetings.flatMap(who)).not.toContain("Department (?)");
		expect(meetings.flatMap(who)).not.toContain("M (SE)");
	});
});

describe("meetings that have not happened yet", () => {
	it("reads 'we expect a meeting between ...' as planned", () => {
		const meetings = meetingsOf(
			"We also expect a bilateral meeting between Chilean President Rosa Fuentes and Peruvian President Diego Salazar.",
		);
		expect(meetings.map((meeting) => meeting.status)).toEqual(["planned"]);
	});

	it("reads a meeting dated after the publication day as planned", () => {
		const meetings = meetingsOf(
			"Kenyan Foreign Minister Joseph Kamau and Ugandan Foreign Minister Grace Nankya hold talks in Kampala tomorrow.",
		);
		expect(meetings.map((meeting) => [meeting.status, meeting.date])).toEqual([["planned", "2024-03-16"]]);
	});
});

describe("talking right after a call", () => {
	it("reads 'also spoke with' after a phone call as another call", () => {
		const meetings = meetingsOf(
			"Chilean President Rosa Fuentes held a phone call with Peruvian President Diego Salazar on Monday. Fuentes also spoke with Bolivian President Luis Mamani.",
		);
		expect(meetings.map((meeting) => [who(meeting), meeting.format])).toEqual([
			[["Rosa Fuentes (CL)", "Diego Salazar (PE)"], "phone"],
			[["Rosa Fuentes (CL)", "Luis Mamani (BO)"], "phone"],
		]);
	});
});

describe("counterparts listed with their countries", () => {
	it("reads 'counterparts from A, Name, and B's Name' as one meeting each, middle initials kept", () => {
		const meetings = meetingsOf(
			"Kenyan Foreign Minister Joseph Kamau on Tuesday met his counterparts from Chile, Rosa M Fuentes, and Peru's Diego Salazar.",
		);
		expect(meetings.map(who)).toEqual([
			["Joseph Kamau (KE)", "Rosa M Fuentes (CL)"],
			["Joseph Kamau (KE)", "Diego Salazar (PE)"],
		]);
	});

	it("reads 'the ambassadors of A, Name, and B, Name' with commas between the envoys", () => {
		const meetings = meetingsOf(
			"In February, President Ama Tetteh of Ghana accepted credentials from the ambassadors of Chile, Rosa Fuentes, and Peru, Diego Salazar.",
		);
		expect(meetings.map(who)).toEqual([
			["Ama Tetteh (GH)", "Rosa Fuentes (CL)"],
			["Ama Tetteh (GH)", "Diego Salazar (PE)"],
		]);
	});
});

describe("names that are not parties", () => {
	it("reads neither a site named after a king nor the side of a border as a party", () => {
		const meetings = meetingsOf(
			"Chilean Foreign Minister Rosa Fuentes met her Peruvian counterpart, Diego Salazar, on the Peruvian side of the King Tupac Bridge on Tuesday.",
		);
		expect(meetings.map(who)).toEqual([["Rosa Fuentes (CL)", "Diego Salazar (PE)"]]);
	});

	it("drops honorifics and keeps a middle initial's full stop out of the sentence break", () => {
		const meetings = meetingsOf(
			"Secretary of State Paul J. Hartley met Prof. Elena Ruiz, Assistant Secretary General of the Commonwealth, in London on Monday.",
		);
		expect(meetings.map(who)).toEqual([["Paul J. Hartley (?)", "Elena Ruiz (?)"]]);
	});
});

describe("people named after their country", () => {
	it("reads 'met with his Peruvian colleague Name' like a counterpart", () => {
		const meetings = meetingsOf(
			"Chilean Foreign Minister Rosa Fuentes met with her Peruvian colleague Diego Salazar.",
		);
		expect(meetings.map(who)).toEqual([["Rosa Fuentes (CL)", "Diego Salazar (PE)"]]);
	});

	it("reads 'Country's Name' as a person of that country", () => {
		const meetings = meetingsOf(
			"Fuentes already held a bilateral meeting with New Zealand's Aroha Tane on Monday.",
		);
		expect(meetings.map(who)).toEqual([["Fuentes (?)", "Aroha Tane (NZ)"]]);
	});
});

describe("where the story is told from", () => {
	it("reads a known city that opens the text before a date as its dateline", () => {
		const meetings = meetingsOf(
			"Nairobi March 14/2024 /KNA/ President Amara Odhiambo of Kenya has discussed with Ugandan President Grace Nankya on regional trade.",
		);
		expect(meetings.map((meeting) => meeting.place)).toEqual([{ city: "Nairobi", country: "KE" }]);
	});

	it("places later meetings in the country a visit is reported in", () => {
		const meetings = meetingsOf(
			"Chilean Foreign Minister Rosa Fuentes, who is on an official visit in Peru, has held several meetings.",
			"After meeting her Peruvian counterpart Diego Salazar, Fuentes spoke to students.",
		);
		expect(meetings.map((meeting) => [who(meeting), meeting.place])).toEqual([
			[["Diego Salazar (PE)", "Rosa Fuentes (CL)"], { city: null, country: "PE" }],
		]);
	});

	it("reads the words before an organisation's word as its name, not a person", () => {
		const meetings = meetingsOf(
			"Kenyan President Amara Odhiambo also discussed with Eastern Trade Bank President, Lucas Mwangi, on financing.",
		);
		expect(meetings.flatMap(who)).not.toContain("Eastern Trade (?)");
	});
});

describe("titles, honorifics and subjects around a name", () => {
	it("reads two titles joined by 'and' as one person's, and honorifics after a title as no name", () => {
		const meetings = meetingsOf(
			"KUALA LUMPUR: Okafor later held bilateral meetings with Timor Leste's Foreign Minister Ana Soares and Deputy Prime Minister and Foreign Minister of Brunei Datuk Seri Hakim Yusof.",
		);
		expect(meetings.map(who)).toEqual([
			["Okafor (?)", "Ana Soares (TL)"],
			["Okafor (?)", "Hakim Yusof (BN)"],
		]);
		expect(meetings[0]?.place).toEqual({ city: "Kuala Lumpur", country: "MY" });
	});

	it("reads a bare name joined to a titled person before the verb as a party", () => {
		const meetings = meetingsOf(
			"Okafor and President Lena Vogt of Austria also sat down for a discussion on Tuesday.",
		);
		expect(meetings.map(who)).toEqual([["Okafor (?)", "Lena Vogt (AT)"]]);
	});

	it("reads 'A had called B on Friday' as a phone call", () => {
		const meetings = meetingsOf("Kamau had called Nankya on Friday to congratulate her on her appointment.");
		expect(meetings.map((meeting) => [who(meeting), meeting.format, meeting.date])).toEqual([
			[["Kamau (?)", "Nankya (?)"], "phone", "2024-03-15"],
		]);
	});
});

describe("envoys received one by one", () => {
	it("gives the delegations of 'separate meetings with new ambassadors from A and B' the envoys welcomed later", () => {
		const meetings = meetingsOf(
			"Prime Minister Lena Vogt held separate meetings with new ambassadors from Chile and Peru in Vienna on Thursday.",
			"Welcoming Chilean Ambassador Rosa Fuentes, Vogt praised the growth of trade. At her reception for Peruvian Ambassador Diego Salazar, Vogt spoke of mining.",
		);
		expect(meetings.map(who)).toEqual([
			["Lena Vogt (?)", "Rosa Fuentes (CL)"],
			["Lena Vogt (?)", "Diego Salazar (PE)"],
		]);
	});
});

describe("a role as the subject", () => {
	it("does not take the person named after the verb for 'the Principal Secretary' before it", () => {
		const meetings = meetingsOf(
			"Dr. Halima Yusuf, Principal Secretary, visited London on Monday.",
			"In the afternoon, the Principal Secretary held talks with Prof. Elena Ruiz, Assistant Secretary General of the Commonwealth.",
		);
		expect(meetings.map(who)).toEqual([["Halima Yusuf (?)", "Elena Ruiz (?)"]]);
	});
});

describe("words around a meeting that are not its parties or place", () => {
	it("leaves out a source named after a reporting verb", () => {
		const meetings = meetingsOf(
			"Chilean Foreign Minister Rosa Fuentes is holding talks with her Peruvian counterpart Diego Salazar in Lima, Prensa Austral reported citing the Chilean delegation.",
		);
		expect(meetings.map(who)).toEqual([["Rosa Fuentes (CL)", "Diego Salazar (PE)"]]);
	});

	it("does not place a meeting in the country of a conflict it discussed", () => {
		const meetings = meetingsOf(
			"Kenyan Foreign Minister Joseph Kamau met and discussed with Ugandan Foreign Minister Grace Nankya the conflict in Sudan.",
		);
		expect(meetings.map((meeting) => meeting.place)).toEqual([null]);
	});

	it("does not read talks in general ('importance to talks') as a meeting", () => {
		const meetings = meetingsOf(
			"In the interview, Kamau said Kenya attaches great importance to talks and cooperation between Kenya and Uganda.",
		);
		expect(meetings).toEqual([]);
	});
});

describe("a visit to a person", () => {
	it("reads 'visited both Chilean President A and Peruvian President B' as two meetings, and a visit to a country as none", () => {
		const meetings = meetingsOf(
			"Vogt visited both Chilean President Rosa Fuentes and Peruvian President Diego Salazar in March.",
			"Vogt later visited Chile and Peru.",
		);
		expect(meetings.map(who)).toEqual([
			["Vogt (?)", "Rosa Fuentes (CL)"],
			["Vogt (?)", "Diego Salazar (PE)"],
		]);
	});
});

describe("a bare name with an apposition before the verb", () => {
	it("reads 'Name, Director General (Africa) at the Foreign Ministry, received the Peruvian envoy'", () => {
		const meetings = meetingsOf(
			"Peruvian Ambassador Diego Salazar arrived in Nairobi on Monday.",
			"Wanjiku Otieno, Director General (Americas) at the Foreign Ministry, received the Peruvian Ambassador upon his arrival.",
		);
		expect(meetings.map(who)).toEqual([["Wanjiku Otieno (?)", "Diego Salazar (PE)"]]);
	});
});

describe("the city of the dateline", () => {
	it("refines a meeting placed only in the dateline's country", () => {
		const meetings = meetingsOf(
			"SANTIAGO: Peruvian President Diego Salazar held a bilateral meeting with Chilean President Rosa Fuentes today during his state visit to Chile.",
		);
		expect(meetings.map((meeting) => meeting.place)).toEqual([{ city: "Santiago", country: "CL" }]);
	});
});

describe("a named body's gathering", () => {
	it("reads 'at the meeting of the Council of X in <country>' as the occasion, so the country places the talks", () => {
		const meetings = meetingsOf(
			"On Wednesday, Estonian Foreign Minister Kadri Tamm held talks with the Foreign Ministers of both Chile and Peru at the meeting of the Ministerial Council of the Organisation of Coastal States (OCS) in Portugal.",
		);
		expect(meetings.map(who)).toEqual([
			["Kadri Tamm (EE)", "- (CL)"],
			["Kadri Tamm (EE)", "- (PE)"],
		]);
		expect(meetings.map((meeting) => meeting.place)).toEqual([
			{ city: null, country: "PT" },
			{ city: null, country: "PT" },
		]);
	});
});

describe("a delegation named later", () => {
	it("takes the minister named later for 'the Ministers of A', and keeps 'Monday's meeting' apart from Wednesday's", () => {
		const meetings = meetingsOf(
			"On Wednesday, Estonian Foreign Minister Kadri Tamm held talks with the Ministers of both Chile and Peru in Lisbon.",
			"Wednesday's talks came only days after Tamm's trip to Santiago.",
			"Tamm wrote on her blog after her meeting with Chilean Foreign Minister Rosa Fuentes on Wednesday that the two sides remain close.",
			"During Monday's meeting in Santiago, Fuentes spoke about fisheries at length to the visibly tired Tamm.",
		);
		expect(meetings.map(who)).toEqual([
			["Kadri Tamm (EE)", "Rosa Fuentes (CL)"],
			["Kadri Tamm (EE)", "- (PE)"],
			["Rosa Fuentes (CL)", "Kadri Tamm (EE)"],
		]);
		expect(meetings.map((meeting) => [meeting.date, meeting.place?.city])).toEqual([
			["2024-03-13", "Lisbon"],
			["2024-03-13", "Lisbon"],
			["2024-03-11", "Santiago"],
		]);
	});

	it("does not read 'spoke about' or 'spoke at' as a conversation", () => {
		expect(
			meetingsOf(
				"Estonian Foreign Minister Kadri Tamm arrived in Lisbon.",
				"Chilean Foreign Minister Rosa Fuentes then spoke about fisheries to the visibly tired Tamm.",
			),
		).toEqual([]);
	});
});

describe("taking part in a gathering", () => {
	it("reads 'to take part in the X Ministers' Meetings' as the occasion, not a meeting", () => {
		const meetings = meetingsOf(
			"Estonian Foreign Minister Kadri Tamm met Chilean Foreign Minister Rosa Fuentes on Monday.",
			"Tamm and Fuentes are in Lisbon to take part in the Coastal States Foreign Ministers' Meetings with their Kenyan counterpart.",
		);
		expect(meetings.map(who)).toEqual([["Kadri Tamm (EE)", "Rosa Fuentes (CL)"]]);
	});
});

describe("where the people of a paragraph are", () => {
	it("places the paragraph's meetings in the city a later sentence says they are in", () => {
		const meetings = meetingsOf(
			"Estonian Foreign Minister Kadri Tamm on Monday met her counterparts from Chile, Rosa Fuentes, and Peru's Diego Salazar on the margins of the regional forum. Tamm also held a bilateral meeting with Kenya's Foreign Minister Wanjiku Otieno. Tamm and the other delegates were in the Lao People's Democratic Republic's capital to attend the Coastal States Ministers' Meetings of the forum.",
		);
		expect(meetings.map(who)).toEqual([
			["Kadri Tamm (EE)", "Rosa Fuentes (CL)"],
			["Kadri Tamm (EE)", "Diego Salazar (PE)"],
			["Kadri Tamm (EE)", "Wanjiku Otieno (KE)"],
		]);
		expect(meetings.map((meeting) => meeting.place)).toEqual([
			{ city: "Vientiane", country: "LA" },
			{ city: "Vientiane", country: "LA" },
			{ city: "Vientiane", country: "LA" },
		]);
	});
});

describe("a meeting of another year", () => {
	it("keeps 'visited both A and B last year' apart from the meeting of this trip, and places it nowhere", () => {
		const meetings = meetingsOf(
			"Chilean President Rosa Fuentes arrived in Lima on March 11. She met Peruvian President Diego Salazar at the palace.",
			"Fuentes visited both Peruvian President Diego Salazar and Bolivian President Luis Mamani last year.",
		);
		expect(meetings.map((meeting) => [...who(meeting), meeting.date, meeting.place?.city ?? null])).toEqual([
			["Rosa Fuentes (CL)", "Diego Salazar (PE)", "2024-03-11", "Lima"],
			["Rosa Fuentes (CL)", "Diego Salazar (PE)", "2023", null],
			["Rosa Fuentes (CL)", "Luis Mamani (BO)", "2023", null],
		]);
	});
});

describe("the day of a trip", () => {
	it("dates a meeting by the trip's day named two sentences before, across a sentence that names none", () => {
		const meetings = meetingsOf(
			"Chilean President Rosa Fuentes visited Peru on March 11 on a tour of the region.",
			"Fuentes arrived in Lima with some 150 business leaders, according to the trade board. She met Peruvian President Diego Salazar at the palace, the state agency reported early Tuesday.",
		);
		expect(meetings.map((meeting) => [...who(meeting), meeting.date])).toEqual([
			["Rosa Fuentes (CL)", "Diego Salazar (PE)", "2024-03-11"],
		]);
	});
});

describe("a weekday of arrival", () => {
	it("dates a reception by the weekday named in the sentence before", () => {
		const meetings = meetingsOf(
			"The Chilean Foreign Minister arrived on Tuesday morning to hold several meetings in Lima.",
			"Diego Salazar, Director General (Americas) at the Foreign Ministry, received Chilean Foreign Minister Rosa Fuentes upon her arrival in Lima.",
		);
		expect(held(meetings).map((meeting) => [...who(meeting), meeting.date])).toEqual([
			["Diego Salazar (?)", "Rosa Fuentes (CL)", "2024-03-12"],
		]);
	});
});

describe("a background meeting of another month", () => {
	it("does not place 'In January, the president accepted credentials ...' where the undated ceremony was", () => {
		const meetings = meetingsOf(
			"President Rosa Fuentes accepted the credentials of Kenyan Ambassador Wanjiku Otieno in Santiago.",
			"In January, the president accepted the credentials of Peruvian Ambassador Diego Salazar.",
		);
		expect(meetings.map((meeting) => [...who(meeting), meeting.date, meeting.place?.city ?? null])).toEqual([
			["Rosa Fuentes (?)", "Wanjiku Otieno (KE)", null, "Santiago"],
			["Rosa Fuentes (?)", "Diego Salazar (PE)", "2024-01", null],
		]);
	});
});

describe("a gathering named after its city", () => {
	it("places the meeting just reported in the city of 'The Lisbon summit' rather than where the story is", () => {
		const meetings = meetingsOf(
			"WASHINGTON — The only meeting between Chilean President Rosa Fuentes and Peruvian President Diego Salazar this year was in June. The Lisbon summit was hailed as a breakthrough.",
		);
		expect(meetings.map((meeting) => meeting.place)).toEqual([{ city: "Lisbon", country: "PT" }]);
	});
});

describe("accompanied, then joined", () => {
	it("leaves out the ministers who accompanied, adds the leader who joined for the trilateral, and keeps a later plan apart", () => {
		const meetings = meetingsOf(
			"Chilean President Rosa Fuentes held bilateral talks with Peruvian President Diego Salazar in Lima on Wednesday.",
			"The presidents then sat for a private meeting, accompanied by Foreign Minister Ana Ortiz and her Peruvian counterpart Luis Vega. They were then joined by Bolivia's President Luis Mamani for the trilateral meeting.",
			"Fuentes also said there would be a meeting in La Paz in May involving officials from all three countries.",
		);
		expect(
			held(meetings).map((meeting) => [...who(meeting), meeting.date, meeting.place?.city ?? null]),
		).toEqual([
			["Rosa Fuentes (CL)", "Diego Salazar (PE)", "2024-03-13", "Lima"],
			["Rosa Fuentes (CL)", "Diego Salazar (PE)", "Luis Mamani (BO)", "2024-03-13", "Lima"],
		]);
	});
});

describe("a conversation whose medium comes later", () => {
	it("leaves 'held a warm conversation' open until 'the readout of the call', past a plan to meet in person", () => {
		const meetings = meetingsOf(
			"Chilean President Rosa Fuentes spoke Tuesday with Peruvian President Diego Salazar, after weeks of tension.",
			"According to her office, the pair held a warm conversation about trade.",
			"“Both presidents agreed to continue the dialogue in a personal meeting before long,” the office said.",
			"The Peruvian readout of the call did not mention the trade dispute.",
		);
		expect(held(meetings).map((meeting) => [...who(meeting), meeting.format])).toEqual([
			["Rosa Fuentes (CL)", "Diego Salazar (PE)", "phone"],
		]);
	});
});

describe("a day of bilateral meetings", () => {
	it("dates 'Earlier, he met A' and the meetings that follow it to the day of the report", () => {
		const meetings = meetingsOf(
			"President Rosa Fuentes has spent the whole day in bilateral meetings at the exhibition hall.",
			"Earlier, she met with the Peruvian President Diego Salazar, calling it a great opportunity.",
			"Fuentes also sat down with President Luis Mamani of Bolivia.",
		);
		expect(meetings.map((meeting) => [...who(meeting), meeting.date])).toEqual([
			["Rosa Fuentes (?)", "Diego Salazar (PE)", "2024-03-15"],
			["Rosa Fuentes (?)", "Luis Mamani (BO)", "2024-03-15"],
		]);
	});
});

describe("counterparts named after the meeting with their countries", () => {
	it("makes a meeting with 'his counterparts from A and B' the meeting with the counterpart of B named later", () => {
		const meetings = meetingsOf(
			"Indian Foreign Minister Ravi Menon held separate meetings with his counterparts from Chile and Peru on Monday.",
			"He said it was a real pleasure to meet with Foreign Minister Ana Ortiz of Chile.",
			"Menon also met his counterpart from Peru, Diego Salazar, and discussed fisheries.",
		);
		expect(meetings.map(who)).toEqual([
			["Ravi Menon (IN)", "Ana Ortiz (CL)"],
			["Ravi Menon (IN)", "Diego Salazar (PE)"],
		]);
	});
});

describe("a counterpart reported by country after being named", () => {
	it("is the person of that country the same side already met that day, when they hold the same office", () => {
		const meetings = meetingsOf(
			"Indian Foreign Minister Ravi Menon held talks with his French counterpart Claire Dubois on Friday.",
			"Menon posted: “My first meeting with new French counterpart @ClaireDubois. Discussed trade.”",
		);
		expect(meetings.map(who)).toEqual([["Ravi Menon (IN)", "Claire Dubois (FR)"]]);
	});

	it("is not an official of that country with another office", () => {
		const meetings = meetingsOf(
			"In Lima, Vandermeer met Carlos Rojas, Peru's Minister of Finance.",
			"Vandermeer also held a meeting with his Peruvian counterpart.",
		);
		expect(meetings.map(who)).toEqual([
			["Vandermeer (?)", "Carlos Rojas (PE)"],
			["Vandermeer (?)", "- (PE)"],
		]);
	});
});

describe("a body that always meets in one city", () => {
	it("places a meeting on its sidelines there, not where the meeting before was", () => {
		const meetings = meetingsOf(
			"Menon and Ortiz met on the sidelines of a Gulf ministers' forum in Saudi Arabia on March 2.",
			"Menon, now on a visit to the US, met several diplomats on the sidelines of UNGA, including Kenyan Foreign Minister Amina Otieno.",
		);
		expect(meetings.map((meeting) => meeting.place)).toEqual([
			{ city: null, country: "SA" },
			{ city: "New York", country: "US" },
		]);
	});
});
