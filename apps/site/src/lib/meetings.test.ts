import type { Meeting } from "@sidelines/domain";
import { materaDiplomats, materaMeetings, materaOccasion } from "@sidelines/domain/fixtures";
import { describe, expect, it } from "vitest";
import { durationWords, meetingTitle, meetingWhen, meetingYear, partyView } from "./meetings.js";

const diplomats = new Map(materaDiplomats.map((diplomat) => [diplomat.id, diplomat]));
const [blinkenMotegi, motegiRaab, , sugaBiden] = materaMeetings as [Meeting, Meeting, Meeting, Meeting];
const motegiParty = blinkenMotegi.participants[1] as Meeting["participants"][number];

describe("meetings in words", () => {
	it("says durations as a reader would, approximate ones with 'about'", () => {
		expect(durationWords({ minutes: 20, approximate: false })).toBe("20 minutes");
		expect(durationWords({ minutes: 20, approximate: true })).toBe("about 20 minutes");
		expect(durationWords({ minutes: 60, approximate: true })).toBe("about an hour");
		expect(durationWords({ minutes: 1, approximate: false })).toBe("1 minute");
		expect(durationWords({ minutes: 90, approximate: false })).toBe("1 hour 30 minutes");
		expect(durationWords({ minutes: 120, approximate: false })).toBe("2 hours");
	});

	it("keeps fuzzy dates fuzzy and says when a day is the occasion's", () => {
		expect(meetingWhen(sugaBiden)).toEqual({ text: "late January 2021", datetime: "2021-01" });
		expect(meetingWhen(blinkenMotegi)).toEqual({ text: "29 June 2021", datetime: "2021-06-29" });
		expect(meetingWhen(motegiRaab, materaOccasion)).toEqual({
			text: "29 June 2021",
			datetime: "2021-06-29",
			fromOccasion: true,
		});
		expect(meetingWhen(motegiRaab)).toEqual({ text: "Date not reported" });
		expect(meetingYear(motegiRaab, materaOccasion)).toBe(2021);
		expect(meetingYear(motegiRaab)).toBeUndefined();
	});

	it("shows each party with the official name, native form and office held at the time", () => {
		const motegi = partyView(motegiParty, diplomats, blinkenMotegi);
		expect(motegi).toEqual({
			key: "motegi-toshimitsu",
			href: "/diplomats/motegi-toshimitsu",
			name: "MOTEGI Toshimitsu",
			native: { text: "茂木敏充", lang: "ja" },
			office: "Minister for Foreign Affairs",
			country: "Japan",
		});
		const delegation = partyView({ kind: "delegation", country: "SA" }, diplomats, blinkenMotegi);
		expect(delegation).toEqual({
			key: "country:SA",
			name: "Delegation of Saudi Arabia",
			country: "Saudi Arabia",
		});
		expect(meetingTitle([{ name: "A" }, { name: "B" }, { name: "C" }])).toBe("A, B and C");
	});
});
