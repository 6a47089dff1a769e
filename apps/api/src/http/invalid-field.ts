import { ApiProblem, problemType } from "../middleware/problem.js";

/**
 * A 422 problem about one field of the request body, for rules a schema cannot check (a record that does not
 * exist, a merge into itself).
 * @example throw invalidField("#/into", 'no meeting has the id "x"');
 */
export function invalidField(pointer: string, detail: string): ApiProblem {
	return new ApiProblem(422, detail, { type: problemType("validation"), errors: [{ pointer, detail }] });
}
