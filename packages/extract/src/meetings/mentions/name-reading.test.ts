import { describe, expect, it } from "vitest";
import { tokenize } from "../tokens.js";
import { isNameToken, readName } from "./name-reading.js";

const nameIn = (text: string, from = 0) => {
	const tokens = tokenize(text);
	return tokens
		.slice(from, readName(tokens, from))
		.map((token) => token.text)
		.join(" ");
};

describe("readName", () => {
	it("reads capitalised words, middle initials and particles inside a name", () => {
		expect(nameIn("Marta J. Kowalczyk arrived")).toBe("Marta J . Kowalczyk");
		expect(nameIn("Pieter van der Linde spoke")).toBe("Pieter van der Linde");
		expect(nameIn("Khalid al-Mansouri met")).toBe("Khalid al-Mansouri");
	});

	it("stops at a month, a weekday or a number", () => {
		expect(nameIn("Ines Duarte Monday")).toBe("Ines Duarte");
		expect(nameIn("Ines Duarte March 2024")).toBe("Ines Duarte");
		expect(isNameToken(tokenize("2024")[0])).toBe(false);
		expect(isNameToken(tokenize("al-Mansouri")[0])).toBe(true);
	});

	it("reads an abbreviated saint's name and a peer's territorial designation inside a name", () => {
		expect(nameIn("Lord St. John of Cranford, a peer")).toBe("Lord St . John of Cranford");
		expect(nameIn("Tomas Berg of Sweden spoke")).toBe("Tomas Berg");
	});

	it("reads a first initial with its full stop as part of the name", () => {
		expect(nameIn("R. Fuentes was summoned")).toBe("R . Fuentes");
		expect(nameIn("R. was")).toBe("R");
	});
});
