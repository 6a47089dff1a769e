import { describe, expect, it } from "vitest";
import { PeopleBook } from "../people.js";
import { readPossessedNames, readUntitledNames } from "./named-people.js";
import { scanOf, shown } from "./test-scan.js";
import { readTitledPeople } from "./titled-people.js";

describe("readers of names without a title", () => {
	it("reads a full name after a country's possessive as a person of that country", () => {
		const scan = scanOf("Chile's Rosa Fuentes arrived.");
		readPossessedNames(scan);
		expect(shown(scan)).toEqual(["person Rosa Fuentes (CL, -)"]);
	});

	it("leaves a new full name bare, and reads a surname already met as the person", () => {
		const book = new PeopleBook([], "2024-03-15");
		const first = scanOf("Rosa Fuentes arrived.", book);
		readUntitledNames(first);
		expect(shown(first)).toEqual(["bare Rosa Fuentes"]);
		book.resolveName("Rosa Fuentes", { country: "CL" });
		const later = scanOf("Fuentes spoke.", book);
		readUntitledNames(later);
		expect(shown(later)).toEqual(["person Rosa Fuentes (CL, -)"]);
	});

	it("reads no person in the name of an organisation", () => {
		const scan = scanOf("The Andean Development Bank said so.");
		readUntitledNames(scan);
		expect(shown(scan)).toEqual([]);
	});
	it("reads no person in one word closing 'of the ...' ('the Father of the Nation welcomed her')", () => {
		const scan = scanOf("The Father of the Nation welcomed Okafor.");
		readUntitledNames(scan);
		expect(shown(scan)).toContain("bare Okafor");
		expect(shown(scan)).not.toContain("bare Nation");
	});

	it("reads no person in the portfolio words right before a title", () => {
		const scan = scanOf("Regional Development Minister Amina Wanjiru spoke.");
		readUntitledNames(scan);
		expect(shown(scan)).toEqual(["bare Amina Wanjiru"]);
	});

	it("reads a surname spelled with an apostrophe inside as the person already met", () => {
		const book = new PeopleBook([], "2024-03-15");
		book.resolveName("Korir Wekesa", { country: "KE" });
		const later = scanOf("Principal Secretary Wek’esa spoke.", book);
		readTitledPeople(later);
		expect(shown(later)).toEqual(["person Korir Wekesa (KE, Principal Secretary)"]);
	});
});
