/** The routes every benchmark server answers, on the demo data: the reads the site makes most. */
export const ROUTES = {
	"article by slug": "/v1/articles/motegi-and-blinken-pledge-g20-teamwork-in-matera-talks",
	"meetings (filtered)": "/v1/meetings?diplomat=motegi-toshimitsu&format=in_person",
	search: "/v1/search?q=Matera%20talks",
	counterparts: "/v1/diplomats/motegi-toshimitsu/counterparts",
	diplomat: "/v1/diplomats/motegi-toshimitsu",
	occasion: "/v1/occasions/g20-fmm-matera-2021",
};
