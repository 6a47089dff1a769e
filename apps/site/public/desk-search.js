// Search-as-you-type for party fields on the desk's meeting form: suggests stored diplomats from
// /desk/diplomats.json in a native <datalist>. Without it the field still takes an id or a name.
(() => {
	const inputs = document.querySelectorAll("input[data-diplomat-search]");
	inputs.forEach((input, number) => {
		const list = document.createElement("datalist");
		list.id = `diplomat-suggestions-${number}`;
		input.after(list);
		input.setAttribute("list", list.id);
		const kind = input.id.endsWith("-value")
			? document.getElementById(input.id.replace(/-value$/, "-kind"))
			: null;
		let timer;
		let asked = "";
		input.addEventListener("input", () => {
			clearTimeout(timer);
			const q = input.value.trim();
			if (q.length < 2 || kind?.value === "delegation" || q === asked) return;
			timer = setTimeout(async () => {
				asked = q;
				const response = await fetch(`/desk/diplomats.json?${new URLSearchParams({ q })}`, {
					headers: { accept: "application/json" },
				});
				if (!response.ok) return;
				const { items } = await response.json();
				list.replaceChildren(
					...items.map((item) => {
						const option = document.createElement("option");
						option.value = item.id;
						option.label = `${item.name} (${item.country})`;
						return option;
					}),
				);
			}, 150);
		});
	});
})();
