/*
 * How names are ordered where English news prints them without capitals to mark the family name.
 * Chinese, Korean and Vietnamese names are printed family name first ("Wang Yi", "Yoon Suk Yeol",
 * "Pham Minh Chinh"); a common family name of those languages followed by given-name syllables marks it.
 */

/** Common Chinese family names in pinyin. */
export const CHINESE_FAMILY_NAMES =
	`wang li zhang liu chen yang zhao huang zhou wu xu sun hu zhu gao lin he guo ma luo
liang song zheng xie han tang feng yu dong xiao cheng cao yuan deng fu shen zeng peng lu su jiang cai jia ding wei
xue ye yan pan du dai xia zhong tian ren fan fang shi yao tan liao zou xiong jin hao kong bai cui kang mao qiu qin
gu hou shao meng long wan duan qian yin yi chang wen geng xi`.split(/\s+/);

/** Common Korean family names as romanised in news (North and South). */
export const KOREAN_FAMILY_NAMES =
	`kim lee yi park choi choe jung chung kang cho jo yoon yun jang lim han oh seo shin
kwon hwang ahn song jeon hong moon yang ko son bae baek heo nam roh noh ha kwak sung cha joo woo min ryu na jin ji
chae won chun bang hyun byun ban ri ro`.split(/\s+/);

/** Common Vietnamese family names, without diacritics. */
export const VIETNAMESE_FAMILY_NAMES =
	`nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly truong dinh
to lam mai trinh`.split(/\s+/);

/** One pinyin syllable: initial and final. */
export const PINYIN_SYLLABLE =
	"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|uan|ian|iao|uai|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|er|a|e|i|o|u)";

/** One syllable of romanised Korean. */
export const KOREAN_SYLLABLE =
	"(?:[bcdghjkmnprstwy]{0,2}h?)(?:yeo|yae|wae|eo|eu|ae|oe|ui|oo|ee|ya|ye|yo|yu|wa|we|wo|wi|a|e|i|o|u)(?:ng|n|ck|k|l|m|p|t)?";

/** One syllable of Vietnamese without diacritics. */
export const VIETNAMESE_SYLLABLE = "[a-z]{1,6}";

/**
 * Given names that stand between a given name and the family name ("Recep Tayyip Erdoğan", "Mohammad Javad
 * Zarif", "Susilo Bambang Yudhoyono"): the family name is the last word alone.
 */
export const MIDDLE_GIVEN_NAMES =
	`tayyip javad bambang fattah manuel jomart ali reza hassan mohammad mohammed ahmed
abdel abdul jean pierre marie luis carlos maria jose juan antonio joko`.split(/\s+/);
