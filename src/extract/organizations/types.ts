import type { OrganizationEntry, OrganizationKind } from "../../data/organizations.js";

/** Offsets into the cleaned text, end exclusive. */
export interface CleanSpan {
  readonly start: number;
  readonly end: number;
}

/** Where a finding stands: its span and sentence. */
interface Placed extends CleanSpan {
  readonly sentence: number;
}

/** A gazetteer organisation, named or through one of its organs. */
export interface KnownFinding extends Placed {
  readonly type: "known";
  readonly entry: OrganizationEntry;
  /** The mention names an organ of the entry ("CSTO Permanent Council"). */
  readonly organ: boolean;
  /** The acronym as the text writes it, when the mention is one. */
  readonly acronym: string | null;
  /** The words of the gazetteer name as the text writes them ("U.S. Department of State"). */
  readonly text: string;
  /** The text names the entry by a bare name ("House of Representatives"), which needs another body of its country beside it. */
  readonly bare?: boolean;
  /** The organisation the text named, which counts as `entry` ("UNAMA" counts as the UN). */
  readonly child?: OrganizationEntry;
}

/** An organisation found by its shape, not in the gazetteer ("State Border Service"). */
export interface NamedFinding extends Placed {
  readonly type: "named";
  readonly name: string;
  readonly kind: OrganizationKind;
  /** The mention names an organ of it ("Press Service Department of the Ministry …"). */
  readonly organ: boolean;
  /** The acronym the name was written with, spelled out in `name` ("the MFA of Turkmenistan"). */
  readonly acronym?: string;
}

/** An organ phrase without its organisation ("the Permanent Council"): needs a parent nearby. */
export interface OrganFinding extends Placed {
  readonly type: "organ";
  readonly phrase: string;
  /** Comparison key of the phrase. */
  readonly key: string;
}

/** Something the candidate rules found. */
export type Finding = KnownFinding | NamedFinding | OrganFinding;

/** An acronym the text defines: "Full Name (ACR)" or "ACR (Full Name)". */
export interface AcronymDefinition extends CleanSpan {
  readonly acronym: string;
  readonly target: Finding;
}

/** An all-capital word the gazetteer does not know, maybe an organisation. */
export interface AcronymUse extends Placed {
  readonly acronym: string;
  /** The words around it say it is an organisation ("NTEC Secretariat", "XYZ member states"). */
  readonly organizationContext: boolean;
  /** The word after it is in capitals too ("VISEGRAD GROUP"): it may be a word of a name in capitals, not an acronym. */
  readonly beforeCapitals?: boolean;
}
