import type { FormatWords } from "../sections/formats.js";

/** The case forms of a noun or adjective, as written (the format plugin compares lower-case words, not stems). */
const TELEPHONE = ["телефонный", "телефонного", "телефонному", "телефонным", "телефонном", "телефонная", "телефонной", "телефонную", "телефонные", "телефонных", "телефонными"];
const VIDEOCONFERENCE = ["видеоконференция", "видеоконференции", "видеоконференцию", "видеоконференцией", "видеоконференций", "видеоконференциях"];
const VIDEO_LINK = ["видеосвязь", "видеосвязи", "видеосвязью", "видеоконференцсвязь", "видеоконференцсвязи", "видеоконференцсвязью"];

/**
 * Russian words of a meeting's format: "телефонный разговор", "по телефону", "созвонились"
 * (phone); "видеоконференция", "в режиме видеосвязи", "онлайн", "ВКС" (video). Lower case, in
 * every case form (the format plugin compares words as written). A video phrase wins over a
 * phone word in the same sentence, as in English.
 *
 * @example
 * ```ts
 * RU_FORMAT_WORDS.phonePhrases.some((phrase) => phrase[0] === "телефонный"); // true
 * ```
 */
export const RU_FORMAT_WORDS: FormatWords = {
  videoPhrases: [
    ...VIDEOCONFERENCE.map((form) => [form]),
    ...VIDEO_LINK.map((form) => [form]),
    ["вкс"], ["онлайн"], ["онлайн-формате"], ["онлайн-режиме"], ["видеоформате"], ["видеоформат"], ["видеомост"], ["видеомоста"],
    ["видеозвонок"], ["видеозвонка"], ["видеообращение"], ["видеообращением"],
    ["в", "режиме", "онлайн"], ["в", "формате", "онлайн"], ["в", "виртуальном", "формате"], ["дистанционном", "формате"], ["в", "дистанционном", "режиме"],
  ],
  phonePhrases: [
    ...TELEPHONE.map((form) => [form]),
    ["по", "телефону"], ["созвонились"], ["созвонился"], ["созвонилась"], ["телефонограмма"],
  ],
  // "позвонил" is a call; "звонок" too, but "призвал" (called on) is another verb: nothing to tell apart.
  callWords: ["позвонил", "позвонила", "позвонили", "звонок", "звонка", "звонке"],
  appealFollowers: [],
  visitCallModifiers: [],
  futureWords: [
    "пройдёт", "пройдет", "пройдут", "состоится", "состоятся", "будет", "будут", "планируется", "планируют", "запланирован", "запланировано",
    "предстоящий", "предстоящего", "предстоящему", "предстоящем", "предстоящая", "предстоящей", "предстоящую", "предстоящие", "предстоящих",
  ],
};
