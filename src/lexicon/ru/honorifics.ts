import type { HonorificWords } from "../sections/titles.js";

/**
 * Russian honorifics, by the part they play before a name, as running text writes them
 * ("господин Ким", "Его Превосходительство"). The people extractor strips them from names.
 *
 * @example
 * ```ts
 * RU_HONORIFICS.address.includes("господин"); // true
 * ```
 */
export const RU_HONORIFICS: HonorificWords = Object.freeze({
  address: Object.freeze(["господин", "госпожа", "г-н", "г-жа", "товарищ"]),
  academic: Object.freeze(["доктор", "профессор", "академик"]),
  knighthood: Object.freeze(["сэр", "дама"]),
  styles: Object.freeze([
    "Его Превосходительство", "Её Превосходительство", "Ее Превосходительство", "Его Величество", "Её Величество", "Ее Величество",
    "Его Королевское Высочество", "Её Королевское Высочество", "Ее Королевское Высочество", "Его Высочество", "Её Высочество", "Ее Высочество",
    "уважаемый", "уважаемая",
  ]),
  ranks: Object.freeze(["шейх", "шейха"]),
});
