import { isCountryCode } from "@sidelines/domain";
import { countryOf } from "./countries.js";

/*
 * Cities and places where diplomacy is reported, with their country: capitals, large cities and the usual
 * summit venues. Places marked with "*" are islands or regions: they give a country but no city (Bali, printed as
 * the venue of forums and summits, is read as one). The first
 * city listed for a country is its capital ("in the Lebanese capital" -> Beirut).
 */
const PLACES = `
Abu Dhabi:AE Dubai:AE Riyadh:SA Jeddah:SA Doha:QA Muscat:OM Manama:BH Kuwait City:KW Amman:JO Beirut:LB
Damascus:SY Baghdad:IQ Tehran:IR Ankara:TR Istanbul:TR Antalya:TR Cairo:EG Sharm el-Sheikh:EG Jerusalem:IL Tel Aviv:IL
Ramallah:PS Tunis:TN Algiers:DZ Rabat:MA Marrakech:MA Tripoli:LY Khartoum:SD Addis Ababa:ET Nairobi:KE Kampala:UG
Kigali:RW Dodoma:TZ Dar es Salaam:TZ Lusaka:ZM Harare:ZW Pretoria:ZA Johannesburg:ZA Cape Town:ZA Durban:ZA
Maputo:MZ Luanda:AO Kinshasa:CD Brazzaville:CG Abuja:NG Lagos:NG Accra:GH Dakar:SN Yamoussoukro:CI Abidjan:CI Bamako:ML
Niamey:NE Ouagadougou:BF N'Djamena:TD Djibouti:DJ Mogadishu:SO Asmara:ER Gaborone:BW Windhoek:NA Antananarivo:MG
Port Louis:MU Victoria:SC Freetown:SL Monrovia:LR Conakry:GN Gitega:BI Bujumbura:BI Juba:SS Nouakchott:MR
London:GB Edinburgh:GB Paris:FR Berlin:DE Munich:DE Bonn:DE Hamburg:DE Rome:IT Milan:IT Turin:IT Naples:IT Florence:IT
Matera:IT Madrid:ES Barcelona:ES Lisbon:PT Porto:PT Brussels:BE Amsterdam:NL The Hague:NL Luxembourg:LU
Vienna:AT Bern:CH Geneva:CH Davos:CH Zurich:CH Lausanne:CH Dublin:IE Copenhagen:DK Oslo:NO Stockholm:SE Helsinki:FI
Reykjavik:IS Tallinn:EE Riga:LV Vilnius:LT Warsaw:PL Krakow:PL Prague:CZ Bratislava:SK Budapest:HU Ljubljana:SI
Zagreb:HR Belgrade:RS Sarajevo:BA Podgorica:ME Skopje:MK Tirana:AL Pristina:XK Sofia:BG Bucharest:RO Chisinau:MD
Kyiv:UA Kiev:UA Lviv:UA Odesa:UA Minsk:BY Moscow:RU Saint Petersburg:RU Sochi:RU Athens:GR Thessaloniki:GR Nicosia:CY
Valletta:MT Monaco:MC Andorra la Vella:AD San Marino:SM Vaduz:LI Strasbourg:FR Nice:FR Marseille:FR Granada:ES Seville:ES
Tbilisi:GE Yerevan:AM Baku:AZ Astana:KZ Almaty:KZ Tashkent:UZ Samarkand:UZ Bishkek:KG Dushanbe:TJ Ashgabat:TM
Kabul:AF Islamabad:PK Karachi:PK Lahore:PK New Delhi:IN Delhi:IN Mumbai:IN Bengaluru:IN Kolkata:IN Chennai:IN
Kathmandu:NP Dhaka:BD Colombo:LK Male:MV Thimphu:BT Beijing:CN Shanghai:CN Guangzhou:CN Shenzhen:CN Xi'an:CN Hong Kong:CN
Taipei:TW Tokyo:JP Osaka:JP Kyoto:JP Hiroshima:JP Nagoya:JP Seoul:KR Busan:KR Pyongyang:KP Ulaanbaatar:MN
Hanoi:VN Ho Chi Minh City:VN Da Nang:VN Vientiane:LA Phnom Penh:KH Siem Reap:KH Bangkok:TH Naypyitaw:MM Naypyidaw:MM Nay Pyi Taw:MM Yangon:MM
Kuala Lumpur:MY Putrajaya:MY Singapore:SG Jakarta:ID Nusa Dua:ID Manila:PH Bandar Seri Begawan:BN Dili:TL
Canberra:AU Sydney:AU Melbourne:AU Perth:AU Brisbane:AU Wellington:NZ Auckland:NZ Suva:FJ Apia:WS Nuku'alofa:TO
Port Moresby:PG Honiara:SB Port Vila:VU Washington:US New York:US San Francisco:US Los Angeles:US Chicago:US
Camp David:US Honolulu:US Ottawa:CA Toronto:CA Montreal:CA Vancouver:CA Quebec City:CA Mexico City:MX Guadalajara:MX
Monterrey:MX Cancun:MX Guatemala City:GT San Salvador:SV Tegucigalpa:HN Managua:NI San Jose:CR Panama City:PA
Havana:CU Santo Domingo:DO Port-au-Prince:HT Kingston:JM Bogota:CO Bogotá:CO Caracas:VE Quito:EC Lima:PE
La Paz:BO Santiago:CL Valparaiso:CL Buenos Aires:AR Montevideo:UY Asuncion:PY Asunción:PY Brasilia:BR Brasília:BR
Rio de Janeiro:BR Sao Paulo:BR São Paulo:BR Georgetown:GY Paramaribo:SR Port of Spain:TT Bridgetown:BB Nassau:BS
Bali:ID Sumatra:ID* Java:ID* Hokkaido:JP* Okinawa:JP* Sicily:IT* Sardinia:IT* Crete:GR* Corsica:FR* Tasmania:AU*
Greenland:DK* Zanzibar:TZ* Mindanao:PH* Luzon:PH* Borneo:MY* Jeju:KR* Hainan:CN* Kashmir:IN*
`;

const US_STATES = [
	"Alabama",
	"Alaska",
	"Arizona",
	"Arkansas",
	"California",
	"Colorado",
	"Connecticut",
	"Delaware",
	"Florida",
	"Georgia",
	"Hawaii",
	"Idaho",
	"Illinois",
	"Indiana",
	"Iowa",
	"Kansas",
	"Kentucky",
	"Louisiana",
	"Maine",
	"Maryland",
	"Massachusetts",
	"Michigan",
	"Minnesota",
	"Mississippi",
	"Missouri",
	"Montana",
	"Nebraska",
	"Nevada",
	"New Hampshire",
	"New Jersey",
	"New Mexico",
	"New York",
	"North Carolina",
	"North Dakota",
	"Ohio",
	"Oklahoma",
	"Oregon",
	"Pennsylvania",
	"Rhode Island",
	"South Carolina",
	"South Dakota",
	"Tennessee",
	"Texas",
	"Utah",
	"Vermont",
	"Virginia",
	"Washington",
	"West Virginia",
	"Wisconsin",
	"Wyoming",
];

interface KnownPlace {
	name: string;
	country: string;
	/** False for islands and regions, which name no city. */
	city: boolean;
}

const known = new Map<string, KnownPlace>();
const capitals = new Map<string, KnownPlace>();
for (const entry of PLACES.trim().split(/(?<=:[A-Z]{2}\*?)\s+/)) {
	const match = /^(.+):([A-Z]{2})(\*)?$/.exec(entry.trim());
	if (!match?.[1] || !match[2]) continue;
	const place = { name: match[1], country: match[2], city: !match[3] };
	known.set(match[1].toLowerCase(), place);
	if (place.city && !capitals.has(place.country)) capitals.set(place.country, place);
}

/**
 * The capital of a country, as the gazetteer spells it.
 * @example capitalOf("LB")?.name; // "Beirut"
 */
export function capitalOf(country: string): KnownPlace | undefined {
	return capitals.get(country);
}

/**
 * A known city, island or region by name.
 * @example knownPlace("Matera"); // { name: "Matera", country: "IT", city: true }
 */
export function knownPlace(name: string): KnownPlace | undefined {
	return known.get(name.trim().toLowerCase());
}

/** The country a "City, Region" qualifier names: a country, or a US state. */
export function regionCountry(name: string): string | undefined {
	if (US_STATES.includes(name.trim())) return "US";
	const code = countryOf(name);
	return code && isCountryCode(code) ? code : undefined;
}
