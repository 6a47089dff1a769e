import { ApiError, etagOf } from "@sidelines/api/client";
import type { APIRoute } from "astro";

/**
 * The review queue's two one-click decisions, as plain form posts: confirm, and reject with a reason.
 * Both send the version the editor saw (If-Match), then return to the queue (post-redirect-get).
 */
export const POST: APIRoute = async ({ params, locals, request, redirect }) => {
	const desk = locals.desk;
	const id = params.id ?? "";
	if (!desk) return redirect("/desk/sign-in", 303);
	if (params.action !== "confirm" && params.action !== "reject") return new Response(null, { status: 404 });
	const form = await request.formData();
	const version = Number(form.get("version"));
	const ifMatch = Number.isInteger(version) && version > 0 ? etagOf({ id, version }) : undefined;
	const reason = String(form.get("reason") ?? "").trim();
	if (params.action === "reject" && (reason.length === 0 || reason.length > 500))
		return redirect("/desk?done=reason-needed", 303);
	try {
		if (params.action === "confirm") {
			await desk.api.client.POST("/v1/meetings/{id}/confirm", {
				params: { path: { id }, header: ifMatch ? { "if-match": ifMatch } : {} },
			});
		} else {
			await desk.api.client.POST("/v1/meetings/{id}/reject", {
				params: { path: { id }, header: ifMatch ? { "if-match": ifMatch } : {} },
				body: { reason },
			});
		}
	} catch (error) {
		if (error instanceof ApiError && (error.status === 409 || error.status === 412 || error.status === 404))
			return redirect("/desk?done=not-proposed", 303);
		throw error;
	}
	return redirect(`/desk?done=${params.action === "confirm" ? "confirmed" : "rejected"}`, 303);
};
