/**
 * International organisations and groupings that can be a party to a meeting or host an occasion.
 * @example ORGANISATIONS.G20; // "Group of Twenty"
 */
export const ORGANISATIONS = {
	EU: "European Union",
	UN: "United Nations",
	// "AU" is Australia in ISO 3166-1, so the African Union takes a code that cannot collide.
	AFU: "African Union",
	G7: "Group of Seven",
	G20: "Group of Twenty",
	ASEAN: "Association of Southeast Asian Nations",
	NATO: "North Atlantic Treaty Organization",
	OSCE: "Organization for Security and Co-operation in Europe",
	OAS: "Organization of American States",
	GCC: "Gulf Cooperation Council",
	SCO: "Shanghai Cooperation Organisation",
	BRICS: "BRICS",
	QUAD: "Quadrilateral Security Dialogue",
	WHO: "World Health Organization",
	IAEA: "International Atomic Energy Agency",
	OECD: "Organisation for Economic Co-operation and Development",
	ARAB_LEAGUE: "League of Arab States",
} as const;

/**
 * Code of a known organisation, e.g. `"EU"` or `"G20"`.
 * @example const organiser: OrganisationCode = "G20";
 */
export type OrganisationCode = keyof typeof ORGANISATIONS;

/**
 * Whether `code` names a known organisation.
 * @example isOrganisationCode("G20"); // true
 */
export function isOrganisationCode(code: string): code is OrganisationCode {
	return Object.hasOwn(ORGANISATIONS, code);
}
