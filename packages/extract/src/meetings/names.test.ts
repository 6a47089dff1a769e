import { westernName } from "@sidelines/domain";
import { describe, expect, it } from "vitest";
import { parsePersonName } from "./names.js";

describe("parsePersonName", () => {
	it("reads a family name in capitals as family-first", () => {
		expect(parsePersonName("MOTEGI Toshimitsu")).toMatchObject({
			given: "Toshimitsu",
			family: "Motegi",
			order: "family-first",
		});
		expect(parsePersonName("HAN Ji-seok")).toMatchObject({
			given: "Ji-seok",
			family: "Han",
			order: "family-first",
		});
	});

	it("keeps particles and compound family names with the family", () => {
		expect(parsePersonName("Luigi Di Maio")).toMatchObject({
			given: "Luigi",
			family: "Di Maio",
			order: "given-first",
		});
		expect(parsePersonName("Pieter van Aalsum")).toMatchObject({ given: "Pieter", family: "van Aalsum" });
		expect(parsePersonName("Antony Blinken")).toMatchObject({ given: "Antony", family: "Blinken" });
	});

	it("keeps every word of the printed name in the western form", () => {
		for (const printed of ["Otávio Figueiredo Lins", "Hamed bin Saif Al-Mandhari"]) {
			const name = parsePersonName(printed);
			expect(name && westernName(name)).toBe(printed);
		}
	});

	it("reads Chinese, Korean and Vietnamese names family name first", () => {
		expect(parsePersonName("Zhao Lijun")).toMatchObject({
			family: "Zhao",
			given: "Lijun",
			order: "family-first",
		});
		expect(parsePersonName("Choi Min Ho")).toMatchObject({
			family: "Choi",
			given: "Min Ho",
			order: "family-first",
		});
		expect(parsePersonName("Dang Thi Lan Huong")).toMatchObject({
			family: "Dang",
			given: "Thi Lan Huong",
			order: "family-first",
		});
		// A Korean family name before a given name that is no Korean syllable is a western name.
		expect(parsePersonName("Kim Whitfield")).toMatchObject({ family: "Whitfield", order: "given-first" });
	});

	it("takes the last word alone as the family name after a second given name", () => {
		expect(parsePersonName("Ahmet Tayyip Demir")).toMatchObject({ given: "Ahmet Tayyip", family: "Demir" });
	});

	it("needs two words", () => {
		expect(parsePersonName("Motegi")).toBeUndefined();
	});
});
