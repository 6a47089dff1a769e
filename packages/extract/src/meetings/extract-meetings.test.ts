import { bodyText } from "@sidelines/domain";
import { materaDiplomats } from "@sidelines/domain/fixtures";
import { describe, expect, it } from "vitest";
import { extractMeetings } from "./extract-meetings.js";
import { toGoldShape } from "./gold-shape.js";

/** An article of paragraphs published at a given local time (the texts are written for these tests). */
const article = (publishedAt: string, ...paragraphs: string[]) => ({
	publishedAt,
	body: paragraphs.map((text) => ({ type: "paragraph" as const, text })),
});
const meetingsOf = (publishedAt: string, ...paragraphs: string[]) =>
	extractMeetings(article(publishedAt, ...paragraphs)).map(toGoldShape);
const names = (meeting: { participants: Array<{ name: string | null; country: string | null }> }) =>
	meeting.participants.map((party) => party.name ?? `(${party.country})`);

// 2024-03-15 is a Friday.
const FRIDAY = "2024-03-15T18:00:00+01:00";

describe("extractMeetings", () => {
	it("reads a title before the name, a counterpart, the weekday, place, duration and format", () => {
		const [meeting, ...rest] = meetingsOf(
			FRIDAY,
			"Austrian Foreign Minister Lukas Brandauer held talks with his Slovenian counterpart Mojca Zupan in Vienna on Wednesday for about 45 minutes.",
		);
		expect(rest).toEqual([]);
		expect(meeting).toMatchObject({
			status: "held",
			participants: [
				{ name: "Lukas Brandauer", country: "AT", role: "Foreign Minister" },
				{ name: "Mojca Zupan", country: "SI", role: "Foreign Minister" },
			],
			date: "2024-03-13",
			place: { city: "Vienna", country: "AT" },
			format: "in_person",
			durationMinutes: 45,
		});
	});

	it("reads a title after the name and a phone call", () => {
		const [meeting] = meetingsOf(
			FRIDAY,
			"Amara Okafor, Nigeria's foreign minister, spoke by telephone yesterday with Lars Holm, the Danish minister for foreign affairs, about shipping in the Gulf of Guinea.",
		);
		expect(meeting).toMatchObject({
			participants: [
				{ name: "Amara Okafor", country: "NG" },
				{ name: "Lars Holm", country: "DK" },
			],
			date: "2024-03-14",
			format: "phone",
			place: null,
		});
	});

	it("reads 'a telephonic conversation' and 'phoned' as calls", () => {
		const formats = (sentence: string) => meetingsOf(FRIDAY, sentence).map((meeting) => meeting.format);
		expect(
			formats(
				"Nigerian President Amara Okafor and Danish Prime Minister Lars Holm held a telephonic conversation on Thursday about shipping.",
			),
		).toEqual(["phone"]);
		expect(
			formats("Nigerian President Amara Okafor phoned Danish Prime Minister Lars Holm on Thursday."),
		).toEqual(["phone"]);
	});

	it("splits one subject meeting several people into bilateral meetings with the same context", () => {
		const meetings = meetingsOf(
			FRIDAY,
			"Irish Foreign Minister Niamh Brennan met Greek Foreign Minister Nikos Palamas on Tuesday on the sidelines of an EU foreign ministers' meeting in Brussels.",
			"Brennan also met with Finnish Foreign Minister Aino Virtanen, and Estonian counterpart, Kaur Tamm.",
		);
		expect(meetings.map(names)).toEqual([
			["Niamh Brennan", "Nikos Palamas"],
			["Niamh Brennan", "Aino Virtanen"],
			["Niamh Brennan", "Kaur Tamm"],
		]);
		for (const meeting of meetings) {
			expect(meeting.place).toEqual({ city: "Brussels", country: "BE" });
			expect(meeting.occasion).toBe("EU foreign ministers' meeting");
			expect(meeting.format).toBe("in_person");
		}
	});

	it("makes one meeting per country for counterparts named only by country", () => {
		const meetings = meetingsOf(
			FRIDAY,
			"Kenyan Foreign Minister Joseph Kariuki met counterparts from Egypt, Ghana and the United Kingdom on Thursday in Addis Ababa.",
		);
		expect(meetings.map(names)).toEqual([
			["Joseph Kariuki", "(EG)"],
			["Joseph Kariuki", "(GH)"],
			["Joseph Kariuki", "(GB)"],
		]);
		expect(meetings[0]).toMatchObject({ date: "2024-03-14", place: { city: "Addis Ababa", country: "ET" } });
	});

	it("keeps three people who meet together as one meeting", () => {
		const meetings = meetingsOf(
			FRIDAY,
			"Indian External Affairs Minister Vikram Sethi, Australian Foreign Minister Claire Dunmore and Japanese Foreign Minister NAKATA Sho held a trilateral meeting in Singapore on Monday.",
		);
		expect(meetings).toHaveLength(1);
		expect(meetings[0]?.participants.map((party) => party.name)).toEqual([
			"Vikram Sethi",
			"Claire Dunmore",
			"Sho Nakata",
		]);
		expect(meetings[0]?.date).toBe("2024-03-11");
	});

	it("reads family-first names in capitals and surname back-references", () => {
		const meetings = meetingsOf(
			FRIDAY,
			"Japanese Prime Minister OKADA Hiroshi and South Korean President KIM Min-jae held a video conference on March 12.",
			"Okada and Kim agreed to restart the shuttle diplomacy between their capitals.",
		);
		expect(meetings).toHaveLength(1);
		expect(meetings[0]).toMatchObject({
			participants: [
				{ name: "Hiroshi Okada", country: "JP", role: "Prime Minister" },
				{ name: "Min-jae Kim", country: "KR", role: "President" },
			],
			date: "2024-03-12",
			format: "video",
			place: null,
		});
	});

	it("reports a meeting mentioned twice once, with the facts of both sentences", () => {
		const meetings = meetingsOf(
			FRIDAY,
			"Chilean Foreign Minister Pablo Arriagada met Peruvian Foreign Minister Lucia Vargas in Lima on Thursday.",
			"The two ministers met for two hours and discussed water rights, fisheries and a new border crossing.",
		);
		expect(meetings).toHaveLength(1);
		expect(meetings[0]).toMatchObject({ durationMinutes: 120, date: "2024-03-14" });
		expect(meetings[0]?.topics).toEqual(["water rights", "fisheries", "new border crossing"]);
		expect(meetings[0]?.evidence).toHaveLength(2);
	});

	it("resolves late January, earlier this month and planned meetings", () => {
		const meetings = meetingsOf(
			FRIDAY,
			"The call came after Prime Minister Ana Ferreira and Spanish Prime Minister Jorge Salas held a phone call in late January.",
			"Ferreira and Salas also met in Madrid earlier this month.",
			"Ferreira will meet French President Paul Arnaud in Paris on Monday.",
		);
		expect(
			meetings.map((meeting) => [meeting.status, meeting.date, meeting.dateQualifier, meeting.format]),
		).toEqual([
			["held", "2024-01", "late", "phone"],
			["held", "2024-03", null, "in_person"],
			["planned", "2024-03-18", null, "in_person"],
		]);
	});

	it("proposes nothing for speeches, statements, op-eds, press conferences or denied meetings", () => {
		expect(
			meetingsOf(
				FRIDAY,
				"Foreign Minister Helena Kowalczyk said on Thursday in a speech to parliament that Poland would double its aid.",
				"In a joint statement, the foreign ministers of Latvia and Lithuania condemned the attack.",
				"Writing in an op-ed, Dutch Foreign Minister Jan de Wit argued for a larger EU budget.",
				"At a press conference in Beijing, spokesperson WU Lan said China had no plans to meet the delegation.",
				"Kowalczyk did not meet her Hungarian counterpart, Gábor Szabó, during the visit.",
			),
		).toEqual([]);
	});

	it("marks a cancelled meeting as cancelled, never held", () => {
		const meetings = meetingsOf(
			FRIDAY,
			"A meeting between Moroccan Foreign Minister Karim Idrissi and Algerian Foreign Minister Samir Haddad was cancelled on Thursday.",
		);
		expect(meetings.every((meeting) => meeting.status !== "held")).toBe(true);
	});

	it("resolves people against the registry by surname and keeps their ids", () => {
		const proposals = extractMeetings(
			article(
				"2021-06-30T09:00:00+09:00",
				"Motegi met with Blinken again on Tuesday in Rome.",
				"Blinken later held a phone call with Raab.",
			),
			materaDiplomats,
		);
		expect(
			proposals.map((proposal) =>
				proposal.participants.map((party) => (party.kind === "diplomat" ? party.diplomatId : party.kind)),
			),
		).toEqual([
			["motegi-toshimitsu", "antony-blinken"],
			["antony-blinken", "dominic-raab"],
		]);
		expect(proposals[0]?.date).toEqual({ year: 2021, month: 6, day: 29, precision: "day" });
	});

	it("gives evidence spans into bodyText and a confidence between 0 and 1", () => {
		const text = article(
			FRIDAY,
			"Intro paragraph without people.",
			"Brazilian Foreign Minister Rafael Couto met Argentine Foreign Minister Sofia Lamas on Monday.",
		);
		const [proposal] = extractMeetings(text);
		const body = bodyText(text);
		expect(proposal?.evidence[0] && body.slice(proposal.evidence[0].start, proposal.evidence[0].end)).toBe(
			"Brazilian Foreign Minister Rafael Couto met Argentine Foreign Minister Sofia Lamas on Monday.",
		);
		expect(proposal?.confidence).toBeGreaterThan(0);
		expect(proposal?.confidence).toBeLessThanOrEqual(1);
	});

	it("follows the subject through pronouns, coordinated verbs and travel", () => {
		const meetings = meetingsOf(
			FRIDAY,
			"Secretary of State Marco Ruiz travelled to Cairo, where he met Egyptian President Adel Mansour on Tuesday.",
			"South African President Sipho Dlamini met with Nigerian President Bola Adeyemi in Addis Ababa on Sunday, and later held a bilateral meeting with Kenyan President Daniel Mutua.",
		);
		expect(meetings.map((meeting) => [...names(meeting), meeting.place?.city])).toEqual([
			["Marco Ruiz", "Adel Mansour", "Cairo"],
			["Sipho Dlamini", "Bola Adeyemi", "Addis Ababa"],
			["Sipho Dlamini", "Daniel Mutua", "Addis Ababa"],
		]);
	});

	it("reads a courtesy call as in person and a definite meeting with named parties as a meeting", () => {
		const [call] = meetingsOf(
			FRIDAY,
			"British Foreign Secretary Helen Marsh called on Saudi Crown Prince Faisal bin Khalid in Riyadh on Wednesday.",
		);
		expect(call).toMatchObject({
			format: "in_person",
			place: { city: "Riyadh", country: "SA" },
			date: "2024-03-13",
		});
		const [between] = meetingsOf(
			FRIDAY,
			"The meeting between Foreign Minister Ana Costa and Angolan Foreign Minister Jose Neto lasted three hours.",
		);
		expect(between).toMatchObject({ status: "held", durationMinutes: 180 });
		expect(between && names(between)).toEqual(["Ana Costa", "Jose Neto"]);
	});

	it("treats a meeting dated after publication as planned and a reported clause as someone else's place", () => {
		const [ahead] = meetingsOf(
			FRIDAY,
			"Prime Minister Henrik Dahl said he was looking forward to meeting President Ana Silva at next month's summit.",
		);
		expect(ahead?.status).toBe("planned");
		const [after] = meetingsOf(
			FRIDAY,
			"Talks with Iran are expected to resume next week in Vienna, European Union foreign policy chief Josep Ferrer said after meeting Irish Foreign Minister Sean Kelly.",
		);
		expect(after).toMatchObject({
			status: "held",
			place: null,
			participants: [
				{ name: "Josep Ferrer", country: "EU" },
				{ name: "Sean Kelly", country: "IE" },
			],
		});
	});

	it("finds no meeting where talks are only called for, welcomed or denied", () => {
		expect(
			meetingsOf(
				FRIDAY,
				"Foreign Minister Laura Mendes called for talks between the warring parties in a speech on Monday.",
				"Foreign Minister Karl Weber welcomed the decision of the Security Council and said he had discussed it with his team.",
				"In an interview with a German newspaper, French Foreign Minister Luc Bernard said he had not spoken to his Russian counterpart for months.",
				"Spokesperson LIN Hua gave no details of any call between President ZHAO Ming and Japanese Prime Minister ABE Taro.",
			),
		).toEqual([]);
	});

	it("matches registry diplomats by alias and native script before proposing new people", () => {
		const proposals = extractMeetings(
			article(
				"2021-06-30T09:00:00+09:00",
				"茂木敏充 held talks with Tony Blinken on Tuesday.",
				"Motegi also met Italian Foreign Minister Paola Ricci.",
			),
			materaDiplomats,
		);
		expect(
			proposals.map((proposal) =>
				proposal.participants.map((party) => (party.kind === "diplomat" ? party.diplomatId : party.kind)),
			),
		).toEqual([
			["motegi-toshimitsu", "antony-blinken"],
			["motegi-toshimitsu", "new-diplomat"],
		]);
		expect(proposals[1]?.participants[1]).toMatchObject({
			kind: "new-diplomat",
			name: { given: "Paola", family: "Ricci", order: "given-first" },
			country: "IT",
			office: { title: "Foreign Minister", kind: "foreign-minister", country: "IT" },
		});
	});
});
