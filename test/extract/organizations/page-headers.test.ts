import { describe, expect, it } from "vitest";
import { organizationsOf } from "./run.js";

describe("extractOrganizations: names from a page's header in capitals", () => {
  it("names a body the header writes in capitals in its usual form", () => {
    const text = "MINISTRY OF AGRICULTURE, FISHERIES AND RURAL DEVELOPMENT OF THE REPUBLIC OF GHANA\nHome | News | Contacts\n\nMinister receives a delegation from Peru\n\nThe Minister received the delegation on Friday.";
    expect(organizationsOf(text)).toEqual(["Ministry of Agriculture, Fisheries and Rural Development of the Republic of Ghana | -"]);
  });

  it("keeps acronyms and vowelless legal forms in capitals while recasing", () => {
    const text = "OSCE PARLIAMENTARY ASSEMBLY NEWSROOM\n\nDelegates gather in Vienna\n\nThe delegates met on Friday.";
    expect(organizationsOf(text)).toEqual(["OSCE Parliamentary Assembly | OSCE PA"]);
  });

  it("keeps the text's own mixed-case form when it writes the name so too", () => {
    const text = "STATE AGENCY FOR WATER RESOURCES\n\nNews\n\nThe State Agency for Water Resources opened a new canal on Friday.";
    expect(organizationsOf(text)).toEqual(["State Agency for Water Resources | -"]);
  });

  it("reads a header word in capitals before a head noun as no acronym when the page writes it as a word", () => {
    const text = "WEIMAR TRIANGLE\nMeetings | Documents\n\nForeign ministers meet in Paris\n\nThe ministers of the Weimar Triangle met in Paris on Monday.";
    expect(organizationsOf(text).some((line) => line.startsWith("WEIMAR"))).toBe(false);
  });

  it("still reads an unknown acronym before a head in capitals as an acronym when the page never writes it as a word", () => {
    const text = "The NTEC SECRETARIAT issued a notice.\n\nThe NTEC met on Monday.";
    expect(organizationsOf(text)).toContain("NTEC | NTEC");
  });
});
