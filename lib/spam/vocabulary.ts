/**
 * Words of injected-spam campaigns, by family and language, are data:
 * vocabulary.json (terms) with vocabulary.examples.json beside it (anchor
 * texts each group must catch, and news headlines it must not), checked by
 * tests/unit/spam/vocabulary.test.ts. Compiled from our own research; spellings
 * informed by Apache SpamAssassin's rules (Apache-2.0) and
 * splorp/wordpress-comment-blacklist (MIT). No list is shipped as found: both
 * over-match news text.
 *
 * - strong: enough alone ("slot gacor", "kèo nhà cái", "онлайн казино");
 * - weak: words news also uses ("judi online", "bandar togel", "sports betting"): two distinct ones, or one
 *   with a booster, count;
 * - boosters: promotional words ("daftar", "terpercaya", "bonus") that count only beside a weak term.
 * Terms in Thai, Chinese, Japanese or Korean script match as substrings, spaces ignored; the rest as whole words.
 */
import groups from "./vocabulary.json";

export type Family = "gambling" | "pharma" | "replica" | "loans" | "adult";

export interface VocabularyGroup {
  family: Family;
  /** Language subtag the words belong to; "*" for brand names used everywhere. */
  lang: string;
  strong: readonly string[];
  weak: readonly string[];
  boosters: readonly string[];
}

export const VOCABULARY = groups as readonly VocabularyGroup[];

/**
 * Gambling networks' brands: a gambling stem and a lucky number ("hoki88", "dewa4d", "slot5000") are a brand for
 * sure; any made-up word and a lucky number ("markas303") only perhaps ("route88" is a shop), unless it names an
 * academic or government host, where such names are doorway pages (judge.ts).
 */
export const BRAND_PATTERN = new RegExp(
  "(?<![a-z0-9])((?:slot|toto|togel|bola|judi|gacor|maxwin|hoki|cuan|jp|spin|casino|kasino|" +
    "poker|qq|domino|mpo|sbo|dewa|raja|sultan|naga|zeus|olympus|mahjong|jackpot|bandar|agen|koin|depo|pulsa|gas|king|mega|asia|" +
    "indo|lucky|win|bet)[a-z]{0,8}(?:88|99|77|55|69|138|168|188|303|338|777|789|888|4d|5000))(?![a-z0-9])",
);
export const LUCKY_NUMBER_NAME = /(?<![a-z0-9])([a-z]{3,12}(?:88|99|77|138|168|303|777|4d))(?![a-z0-9])/;
/** "<brand> giriş", "<brand> link alternatif": a gambling site's rotating mirror. */
export const MIRROR_PATTERN = new RegExp(
  "(?<![a-z0-9])((?:(?:slot|toto|togel|bola|judi|gacor|casino|kasino|poker|bet|bahis|dewa|hoki|" +
    "mpo|sbo|zeus|jackpot|spin)[a-z]{0,8}\\d{0,4}|[a-z]{3,}\\d{1,4}) (?:giriş|güncel giriş|link alternatif|login alternatif|зеркало|mirror|" +
    "tautan alternatif))(?![a-z])",
);

/** Words that say a page is *about* gambling (news, regulation, court cases). */
/**
 * A cheap first look for GAMBLING_TOPIC: every one of its words contains one
 * of these. No Unicode tables or look-behind, so most pages (which never
 * mention gambling) are cleared in one fast pass.
 */
export const GAMBLING_HINT =
  /gambl|casino|cassino|betting|bookmaker|sportsbook|wager|lotter|igaming|poker|judi|judol|taruhan|cờ bạc|cá cược|การพนัน|赌博|賭博|博彩|apuesta|aposta|juego|jogo|kumar|bahis|казино|ставк|букмекер|азарт|도박|카지노/i;

export const GAMBLING_TOPIC = new RegExp(
  "(?<!\\p{L})(?:gambl(?:ing|ers?)|casinos?|cassinos?|betting|bookmakers?|sportsbooks?|wagers?|" +
    "lotter(?:y|ies)|igaming|poker|judi|perjudian|judol|taruhan|cờ bạc|cá cược|apuestas?|casas? de apuestas|juegos? de azar|" +
    "juego online|apostas?|casas? de apostas|jogos? de azar|kumar|bahis|казино|ставк[иа]|букмекер\\p{L}*|азартн\\p{L}+|도박)(?!\\p{L})|" +
    "การพนัน|赌博|賭博|博彩",
  "giu",
);

/** Hosts and paths that only share or contact: never spam. */
export const SHARE_PATTERN =
  /^(?:(?:www\.|m\.)?facebook\.com\/(?:sharer|share|dialog)|(?:www\.)?(?:twitter|x)\.com\/(?:intent|share)|wa\.me\/|api\.whatsapp\.com\/send|(?:www\.)?linkedin\.com\/(?:sharing|shareArticle)|(?:www\.)?reddit\.com\/submit|t\.me\/share|telegram\.me\/share|(?:www\.)?pinterest\.[a-z.]+\/pin\/create|line\.me\/R\/msg|(?:www\.)?tumblr\.com\/share|news\.ycombinator\.com\/submitlink|bsky\.app\/intent)/i;

/**
 * Social and platform hosts a news page routinely links to (profiles, embeds):
 * a run of these is a "follow us" row, not a link farm.
 */
export const PLATFORM_HOSTS =
  /(?:^|\.)(?:facebook|twitter|x|instagram|youtube|youtu|tiktok|linkedin|threads|bsky|mastodon|pinterest|reddit|telegram|t|whatsapp|wa|apple|google|spotify|soundcloud|flipboard|substack|medium|github|wikipedia|wikimedia|archive)\.[a-z.]+$/;

/**
 * Academic and government second-level domains: hijacked ones host most
 * doorway pages, so a bare or spam-worded link there is a doorway sign.
 */
export const INSTITUTIONAL_HOST =
  /\.(?:ac|go|sch|desa|edu|gov|gob|gouv|mil|or)\.[a-z]{2}$|\.(?:edu|gov)(?:\.[a-z]{2,3})?$/;

/**
 * Top-level domains only gambling operators may register (ICANN's community gTLDs): a link to one is a
 * gambling link, whatever its words. ".pharmacy" is left out: only verified pharmacies get one.
 */
export const GAMBLING_TLDS: ReadonlySet<string> = new Set([
  "bet",
  "casino",
  "poker",
  "bingo",
  "lotto",
  "spreadbetting",
]);

/**
 * Letters of other scripts that look Latin, folded only inside words that mix them with Latin letters
 * ("ѕlоt"), so Russian or Greek text is left as it is.
 */
export const CONFUSABLES: Readonly<Record<string, string>> = {
  а: "a",
  с: "c",
  е: "e",
  о: "o",
  р: "p",
  х: "x",
  у: "y",
  ѕ: "s",
  і: "i",
  ј: "j",
  ԁ: "d",
  ɡ: "g",
  ο: "o",
  α: "a",
  ε: "e",
  ι: "i",
  ν: "v",
  ᴀ: "a",
  ʙ: "b",
  ᴄ: "c",
  ᴅ: "d",
  ᴇ: "e",
  ꜰ: "f",
  ɢ: "g",
  ʜ: "h",
  ɪ: "i",
  ᴊ: "j",
  ᴋ: "k",
  ʟ: "l",
  ᴍ: "m",
  ɴ: "n",
  ᴏ: "o",
  ᴘ: "p",
  ʀ: "r",
  ꜱ: "s",
  ᴛ: "t",
  ᴜ: "u",
  ᴠ: "v",
  ᴡ: "w",
  ʏ: "y",
  ᴢ: "z",
};

/** Digits and symbols spammers write for letters ("s1ot g4cor", "c@sino"); "1" is tried as "l" and "i" (words.ts). */
export const LOOKALIKES: Readonly<Record<string, string>> = {
  "0": "o",
  "3": "e",
  "4": "a",
  "5": "s",
  "7": "t",
  "@": "a",
  $: "s",
};
