import { ApiError } from "@sidelines/api/client";
import { DomainValidationError } from "@sidelines/domain";

/** One thing wrong with a submitted form: the field (or record path) and what to do about it. */
export interface FormProblem {
	field: string;
	message: string;
}

/** Why a submitted form could not become an update; nothing was sent to the API. */
export class FormError extends Error {
	override readonly name = "FormError";
	constructor(readonly problems: FormProblem[]) {
		super(problems.map((problem) => `${problem.field}: ${problem.message}`).join("; "));
	}
}

/**
 * Runs the domain's validation, turning a {@link DomainValidationError} into a {@link FormError}
 * with `earlier` problems (found while reading the form) first; throws those alone when validation passes.
 * @example const patch = validated(() => parseRecord(ArticleUpdate, draft));
 */
export function validated<T>(parse: () => T, earlier: FormProblem[] = []): T {
	let value: T;
	try {
		value = parse();
	} catch (error) {
		if (!(error instanceof DomainValidationError)) throw error;
		throw new FormError([
			...earlier,
			...error.issues.map((issue) => ({ field: issue.path || "record", message: issue.message })),
		]);
	}
	if (earlier.length > 0) throw new FormError(earlier);
	return value;
}

/**
 * The problems an API refusal (4xx problem+json) names, by JSON Pointer, for showing beside the form.
 * @example problemsOfRefusal(error); // [{ field: "/headline", message: "headline must not be empty" }]
 */
function problemsOfRefusal(error: ApiError): FormProblem[] {
	const listed = (error.problem?.errors ?? []).map((issue) => ({
		field: issue.pointer || "record",
		message: issue.detail,
	}));
	return listed.length > 0 ? listed : [{ field: "record", message: error.problem?.detail ?? error.message }];
}

/**
 * What a desk form shows when its post was refused: the problems, and the status to answer with (422
 * for the form's own, the API's 4xx otherwise). Anything else (a 5xx, a bug) is thrown on to the error page.
 * @example ({ problems, status: Astro.response.status } = refusedForm(error));
 */
export function refusedForm(error: unknown): { problems: FormProblem[]; status: number } {
	if (error instanceof FormError) return { problems: error.problems, status: 422 };
	if (error instanceof ApiError && error.status < 500)
		return { problems: problemsOfRefusal(error), status: error.status };
	throw error;
}
