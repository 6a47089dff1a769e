// Progress on the desk's import form: says how many pages are on their way while the server files
// them one by one (the form posts as usual; the results page lists each page's outcome).
(() => {
	const form = document.getElementById("import-form");
	const progress = document.getElementById("import-progress");
	if (!form || !progress) return;
	form.addEventListener("submit", () => {
		const files = form.querySelector("#files")?.files?.length ?? 0;
		const pasted = form.querySelector("#text")?.value.trim() ? 1 : 0;
		const pages = files + pasted;
		if (pages === 0) return;
		progress.textContent = `Importing ${pages} ${pages === 1 ? "page" : "pages"}: reading, extracting and storing each in turn…`;
		form.querySelector("button[type=submit]")?.setAttribute("disabled", "");
	});
})();
