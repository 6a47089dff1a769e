import { describe, expect, it } from "vitest";
import { findPlaces } from "./places.js";

const places = (text: string, country?: string) => findPlaces(text, country).map((found) => found.place);

describe("findPlaces", () => {
	it("reads city and country, known cities, US states and countries", () => {
		expect(places("held talks in Matera, Italy.")).toEqual([{ city: "Matera", country: "IT" }]);
		expect(places("met in Tokyo on Monday")).toEqual([{ city: "Tokyo", country: "JP" }]);
		expect(places("at an estate in Woodside, California")).toEqual([{ city: "Woodside", country: "US" }]);
		expect(places("talks in Kuwait City on Monday")).toEqual([{ city: "Kuwait City", country: "KW" }]);
		expect(places("a visit in Italy")).toEqual([{ country: "IT" }]);
		expect(places("at a hotel on the Indonesian island of Bali")).toEqual([{ country: "ID" }]);
		expect(places("received him at the White House")).toEqual([{ city: "Washington", country: "US" }]);
		expect(places("the two sat down in the Oval Office")).toEqual([{ city: "Washington", country: "US" }]);
		// An island printed as the place of a forum is its city ("a forum in Bali"); "the island of" names none.
		expect(places("on the sidelines of a trade forum in Bali")).toEqual([{ city: "Bali", country: "ID" }]);
	});

	it("reads a venue followed by its city ('at the Palace of Nations, Geneva')", () => {
		expect(places("they talked at the Foreign Office, Washington DC.")).toEqual([
			{ city: "Washington", country: "US" },
		]);
		expect(places("met at the Palace of Nations, Geneva, on Monday")).toEqual([
			{ city: "Geneva", country: "CH" },
		]);
		// A comma after a venue before anything but a city names no place.
		expect(places("met at the Chancery, Ms Lund said")).toEqual([]);
	});

	it("reads a country's capital", () => {
		expect(places("held talks in Chile's capital on Monday")).toEqual([{ city: "Santiago", country: "CL" }]);
		expect(places("met in the Lebanese capital on Monday")).toEqual([{ city: "Beirut", country: "LB" }]);
		expect(places("the talks in the capital ran late", "KE")).toEqual([{ city: "Nairobi", country: "KE" }]);
		expect(places("the talks in the capital ran late")).toEqual([]);
		expect(places("a fund in the capital markets", "KE")).toEqual([]);
		expect(places("the ministers gathered in the Lao People's Democratic Republic's capital")).toEqual([
			{ city: "Vientiane", country: "LA" },
		]);
	});

	it("keeps a city's spelling as the text prints it", () => {
		expect(places("talks in Naypyitaw on Friday")).toEqual([{ city: "Naypyitaw", country: "MM" }]);
		expect(places("talks in Nay Pyi Taw on Friday")).toEqual([{ city: "Nay Pyi Taw", country: "MM" }]);
	});

	it("reads a gathering named after its city", () => {
		expect(findPlaces("The Lisbon summit was hailed as a success")).toEqual([
			{ start: 0, end: 17, place: { city: "Lisbon", country: "PT" }, gathering: true },
		]);
		expect(places("The Lisbon Treaty summit")).toEqual([]);
	});

	it("ignores words that are not places", () => {
		expect(places("in Tuesday's call")).toEqual([]);
		expect(places("the White House said")).toEqual([]);
	});
});
