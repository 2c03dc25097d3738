import type { HonorificWords } from "../sections/titles.js";

/**
 * English honorifics, once, by the part they play before a name. The title lookup reads all
 * of them as titles of the `honorific` kind; the officials lookup drops the forms of address,
 * academic titles and knighthoods before a name, but keeps ranks, which are part of the name
 * as it is cited ("Sheikh Tamim bin Hamad Al Thani", "Lord Robertson").
 */
export const HONORIFICS: HonorificWords = {
  // "Shri", "Smt." (India), "Dato", "Datuk" (Malaysia, Brunei) are forms of address too.
  address: [
    "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Miss", "Mister", "Madam", "Madame", "Mme", "Shri", "Smt", "Smt.", "Shrimati",
    "Dato", "Dato'", "Datuk", "Datin", "Dato Seri", "Datuk Seri", "Dato Sri", "Tan Sri",
  ],
  academic: ["Dr", "Dr.", "Prof", "Prof.", "Professor"],
  knighthood: ["Sir", "Dame"],
  styles: [
    "H.E.", "HE", "His Excellency", "Her Excellency", "Their Excellencies", "Excellency", "His Majesty", "Her Majesty",
    "Their Majesties", "His Royal Highness", "Her Royal Highness", "His Highness", "Her Highness", "Hon.", "Honourable",
    "Honorable", "The Honourable", "The Honorable", "Rt Hon", "Rt. Hon.", "Rt Hon.", "Right Honourable",
    "The Right Honourable", "Amb.", "Hon",
    // Bhutan's styles: "Lyonpo" a minister, "Lyonchhen" the Prime Minister, "Dasho" a senior official.
    "Lyonpo", "Lyonchhen", "Dasho",
  ],
  // "Sayyid" / "Sayyida": the style of members of Oman's ruling family ("Sayyid Badr bin Hamad").
  ranks: ["Sheikh", "Shaikh", "Sheikha", "Lord", "Lady", "Sayyid", "Sayyida"],
};

/** Every English honorific, in one list (the `honorific` kind of the titles). */
export const ALL_HONORIFICS: readonly string[] = [
  ...HONORIFICS.address,
  ...HONORIFICS.academic,
  ...HONORIFICS.knighthood,
  ...HONORIFICS.styles,
  ...HONORIFICS.ranks,
];
