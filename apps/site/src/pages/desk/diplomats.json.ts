import { officialName } from "@sidelines/domain";
import type { APIRoute } from "astro";
import { searchDiplomats } from "../../lib/desk/diplomat-lookup.js";

/** Search-as-you-type for party fields: `{ items: [{ id, name, country }] }`, signed-in editors only. */
export const GET: APIRoute = async ({ locals, url }) => {
	if (!locals.desk) return new Response(null, { status: 401 });
	const found = await searchDiplomats(locals.desk.api, url.searchParams.get("q") ?? "");
	const items = found.map((diplomat) => ({
		id: diplomat.id,
		name: officialName(diplomat.name),
		country: diplomat.country,
	}));
	return Response.json({ items });
};
