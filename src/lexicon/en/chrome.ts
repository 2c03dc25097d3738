/**
 * Page chrome that scrapers carry into release text: navigation, share buttons, footers.
 * Lines are compared lower-cased with runs of non-letters folded to one space.
 */
export const NOISE_LINES: ReadonlySet<string> = new Set([
  "back to the section",
  "back to the all news",
  "back to all news",
  "back to news",
  "back",
  "go back",
  "return to the list",
  "to the list of news",
  "all news",
  "share",
  "share this",
  "share this page",
  "share this article",
  "print",
  "print version",
  "print this page",
  "tweet",
  "email",
  "read more",
  "see also",
  "related news",
  "related articles",
  "terug naar boven",
  "back to top",
  "top",
  "privacy policy",
  "cookie policy",
  "terms of use",
  "contact us",
  "subscribe",
  "meeting documents",
  "provisional agenda",
]);

/** Line prefixes that mark a whole line as chrome (lower-case). */
export const NOISE_PREFIXES: readonly string[] = [
  "all rights reserved",
  "photo:",
  "photo by",
  "photo credit",
  "photos:",
  "source:",
  "bron:",
  "copyright",
  "©",
  "met dank overgenomen",
  "last updated",
  "content type:",
  "publishing date:",
  "where we are:",
  "what we do:",
];

/** Words of share-button rows; a short line made mostly of them is chrome. */
export const SHARE_WORDS: ReadonlySet<string> = new Set([
  "facebook",
  "twitter",
  "x",
  "linkedin",
  "linkedin2",
  "google",
  "google-plus",
  "googleplus",
  "vk",
  "vkontakte",
  "telegram",
  "whatsapp",
  "viber",
  "instagram",
  "youtube",
  "email",
  "e-mail",
  "print",
  "share",
  "tweet",
  "rss",
  "pinterest",
  "reddit",
  "ok",
  "odnoklassniki",
]);

/** File extensions of images whose names scrapers glue to the text. */
export const IMAGE_EXTENSIONS: readonly string[] = [".jpeg", ".jpg", ".png", ".gif", ".webp", ".bmp"];

/**
 * Lines after which a page lists other articles. Once the release's body has begun, nothing
 * after them belongs to the release (compared like {@link NOISE_LINES}).
 */
export const TAIL_MARKERS: ReadonlySet<string> = new Set([
  "related news",
  "related articles",
  "related materials",
  "related",
  "read also",
  "also read",
  "see also",
  "other news",
  "more news",
  "latest news",
  "more on this topic",
  "other materials",
  "recommended",
  "you may also like",
  "previous news",
  "next news",
  "previous news next news",
  "news archive",
]);
