/**
 * Words of injected-spam campaigns, by family and language. Kept as compact
 * "|"-separated strings because this ships in the content script.
 *
 * Strong terms are enough on their own to mark text as spam vocabulary;
 * weak terms ("agen", "daftar", "situs") are ordinary words that only count
 * next to a strong term or each other, so a legitimate Indonesian page is not
 * convicted by its own language.
 */

export type Family = "gambling" | "pharma" | "replica" | "loans";

export interface VocabularyGroup {
  family: Family;
  /** Language subtag the words belong to; "*" for brand names used everywhere. */
  lang: string;
  strong: string;
  weak: string;
}

export const VOCABULARY: VocabularyGroup[] = [
  {
    family: "gambling", lang: "id",
    strong: "judi|judol|perjudian online|slot gacor|gacor|maxwin|max win|scatter hitam|rtp live|rtp slot|togel|bandar bola|bandar togel|bandar judi|judi bola|situs judi|situs slot|slot online|link slot|slot dana|slot pulsa|deposit pulsa|pola slot|bocoran slot|toto macau|toto togel|sabung ayam|taruhan bola|agen bola|agen slot|agen judi|mahjong ways|gates of olympus|sweet bonanza|slot demo|akun pro|slot thailand|slot server",
    weak: "agen|daftar|situs|terpercaya|link alternatif|alternatif|resmi|toto|bola|terbaik|hari ini|gampang menang|login|deposit|online|bandar|taruhan|jackpot|bonus|pragmatic|zeus",
  },
  {
    family: "gambling", lang: "en",
    strong: "online casino|casino online|casino bonus|free spins|no deposit bonus|betting tips|betting odds|online slots|slot machines online|real money slots|online poker|poker online|online betting|sports betting|best casino|crypto casino|bonus code",
    weak: "casino|casinos|betting|bet|bets|jackpot|slots|slot|poker|roulette|blackjack|baccarat|bonus|spins|odds|gambling|lottery|win",
  },
  {
    family: "gambling", lang: "vi",
    strong: "nhà cái|cá cược|đá gà|nổ hũ|tài xỉu|xóc đĩa|bắn cá|lô đề|soi kèo|kèo nhà cái|game bài|casino trực tuyến|cá độ",
    weak: "uy tín|đăng ký|khuyến mãi|tặng|tiền thưởng|trực tuyến|nạp",
  },
  {
    family: "gambling", lang: "th",
    strong: "บาคาร่า|สล็อต|แทงบอล|คาสิโน|เว็บพนัน|พนันออนไลน์|หวยออนไลน์|แทงหวย|เว็บสล็อต",
    weak: "เว็บตรง|ฝากถอน|ไม่ผ่านเอเย่นต์|เครดิตฟรี|ออนไลน์|สมัคร",
  },
  {
    family: "gambling", lang: "zh",
    strong: "博彩|赌场|賭場|娱乐城|娛樂城|百家乐|百家樂|六合彩|时时彩|時時彩|真人娱乐|体育投注|體育投注|网上赌|網上賭|赌博网|賭博網|老虎机|老虎機|棋牌",
    weak: "彩票|开户|開戶|注册|註冊|送彩金|官网|官網|澳门|澳門",
  },
  {
    family: "gambling", lang: "*",
    strong: "sbobet|ufabet|joker123|pgsoft|pg slot|pragmatic play|slot88|slot777|mpo slot|1xbet|melbet|mostbet|pin-up casino|vulkan vegas|betflik",
    weak: "",
  },
  {
    family: "pharma", lang: "en",
    strong: "viagra|cialis|levitra|kamagra|tramadol|xanax|valium|ambien|oxycodone|phentermine|tadalafil|sildenafil|modafinil|no prescription|without prescription|online pharmacy|canadian pharmacy|erectile dysfunction pills",
    weak: "pharmacy|pills|generic|buy|cheap|discount|order|online",
  },
  {
    family: "replica", lang: "en",
    strong: "replica watches|replica handbags|replica rolex|fake rolex|replica bags|designer replica|knockoff handbags|cheap jordans|cheap uggs",
    weak: "replica|replicas|cheap|outlet|sale|luxury",
  },
  {
    family: "loans", lang: "en",
    strong: "payday loans|payday loan|cash advance online|instant loans|no credit check loans|bad credit loans|title loans|pinjol|pinjaman online cepat|essay writing service|buy essay",
    weak: "loans|loan|cash|credit|fast|instant|approval|pinjaman",
  },
];

/**
 * Brand families of Indonesian and Thai gambling networks: a made-up word
 * followed by a lucky number ("markas303", "hoki88", "toto4d").
 */
export const BRAND_PATTERN = /(?:^|[^a-z0-9])([a-z]{3,}(?:88|303|138|168|777|4d))(?![a-z0-9])/;

/** Words that say a page is *about* gambling (news, regulation, court cases). */
/**
 * A cheap first look for GAMBLING_TOPIC: every one of its words contains one
 * of these. No Unicode tables or look-behind, so most pages (which never
 * mention gambling) are cleared in one fast pass.
 */
export const GAMBLING_HINT = /gambl|casino|betting|bookmaker|sportsbook|wager|lotter|igaming|poker|judi|judol|taruhan|cờ bạc|cá cược|การพนัน|赌博|賭博|博彩/i;

export const GAMBLING_TOPIC = /(?<!\p{L})(?:gambl(?:ing|ers?)|casinos?|betting|bookmakers?|sportsbooks?|wagers?|lotter(?:y|ies)|igaming|poker|judi|perjudian|judol|taruhan|cờ bạc|cá cược)(?!\p{L})|การพนัน|赌博|賭博|博彩/giu;

/** Hosts and paths that only share or contact: never spam. */
export const SHARE_PATTERN = /^(?:(?:www\.|m\.)?facebook\.com\/(?:sharer|share|dialog)|(?:www\.)?(?:twitter|x)\.com\/(?:intent|share)|wa\.me\/|api\.whatsapp\.com\/send|(?:www\.)?linkedin\.com\/(?:sharing|shareArticle)|(?:www\.)?reddit\.com\/submit|t\.me\/share|telegram\.me\/share|(?:www\.)?pinterest\.[a-z.]+\/pin\/create|line\.me\/R\/msg|(?:www\.)?tumblr\.com\/share|news\.ycombinator\.com\/submitlink|bsky\.app\/intent)/i;

/**
 * Social and platform hosts a news page routinely links to (profiles, embeds):
 * a run of these is a "follow us" row, not a link farm.
 */
export const PLATFORM_HOSTS = /(?:^|\.)(?:facebook|twitter|x|instagram|youtube|youtu|tiktok|linkedin|threads|bsky|mastodon|pinterest|reddit|telegram|t|whatsapp|wa|apple|google|spotify|soundcloud|flipboard|substack|medium|github|wikipedia|wikimedia|archive)\.[a-z.]+$/;

/**
 * Academic and government second-level domains: hijacked ones host most
 * doorway pages, so a bare or spam-worded link there is a doorway sign.
 */
export const INSTITUTIONAL_HOST = /\.(?:ac|go|sch|edu|gov|gob|gouv|mil|or)\.[a-z]{2}$|\.(?:edu|gov)(?:\.[a-z]{2,3})?$/;

/**
 * Top-level domains only gambling operators may register (ICANN's community gTLDs): a link to one is a
 * gambling link, whatever its words. ".pharmacy" is left out: only verified pharmacies get one.
 */
export const GAMBLING_TLDS: ReadonlySet<string> = new Set(["bet", "casino", "poker", "bingo", "lotto", "spreadbetting"]);

/** Digits and symbols spammers write for letters ("s1ot g4cor", "c@sino"); "1" is tried as "l" and "i" (words.ts). */
export const LOOKALIKES: Readonly<Record<string, string>> = { "0": "o", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", $: "s" };
