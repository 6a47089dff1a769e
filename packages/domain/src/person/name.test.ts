import { describe, expect, it } from "vitest";
import { foldName, nameForms, nativeName, officialName, PersonName, westernName } from "./name.js";

const motegi = PersonName.parse({
	given: "Toshimitsu",
	family: "Motegi",
	order: "family-first",
	native: "茂木敏充",
});

describe("person names", () => {
	it("writes a Japanese official family name first in capitals", () => {
		expect(officialName(motegi)).toBe("MOTEGI Toshimitsu");
		expect(westernName(motegi)).toBe("Toshimitsu Motegi");
		expect(nativeName(motegi)).toBe("茂木敏充");
	});

	it("lists every form a mention may take, once each", () => {
		expect(nameForms(motegi)).toEqual([
			"MOTEGI Toshimitsu",
			"Toshimitsu Motegi",
			"Motegi Toshimitsu",
			"茂木敏充",
			"Motegi",
		]);
		const raab = PersonName.parse({ given: "Dominic", family: "Raab", order: "given-first" });
		expect(nameForms(raab)).toEqual(["Dominic Raab", "Raab Dominic", "Raab"]);
	});

	it("folds case, accents and punctuation", () => {
		expect(foldName("DI MAIO")).toBe(foldName("di-maio"));
		expect(foldName("Lavrov, Sergéi")).toBe("lavrov sergei");
		expect(foldName("Østgaard")).toBe("ostgaard");
		expect(foldName("Karaağaçlı")).toBe("karaagacli");
		expect(foldName("Łukasz Straße")).toBe("lukasz strasse");
	});

	it("trims parts and rejects empty or unknown fields", () => {
		expect(PersonName.parse({ given: " Yoshihide ", family: "Suga", order: "family-first" }).given).toBe(
			"Yoshihide",
		);
		expect(PersonName.safeParse({ given: "", family: "Suga", order: "family-first" }).success).toBe(false);
		expect(PersonName.safeParse({ given: "Y", family: "Suga", order: "eastern" }).success).toBe(false);
		expect(
			PersonName.safeParse({ given: "Y", family: "Suga", order: "family-first", title: "PM" }).success,
		).toBe(false);
	});
});
