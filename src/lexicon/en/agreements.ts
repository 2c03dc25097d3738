import type { AgreementWords } from "../sections/agreements.js";

/**
 * English words of outcomes, written by hand from the outcome verbs of the annotation
 * guidelines (agreed, signed, adopted, approved, decided, concluded, committed, pledged,
 * endorsed, ratified, reached consensus or understanding) and the way official readouts
 * phrase them, hedge them and recall earlier ones.
 *
 * @example
 * ```ts
 * AGREEMENT_WORDS.outcomeVerbs.committed.includes("pledged"); // true
 * ```
 */
export const AGREEMENT_WORDS: AgreementWords = {
  outcomeVerbs: {
    agreed: ["agreed", "concurred"],
    signed: ["signed", "initialled", "initialed", "countersigned"],
    adopted: ["adopted", "approved", "endorsed", "ratified"],
    decided: ["decided"],
    committed: ["committed", "pledged", "vowed"],
  },
  objectVerbs: [
    {
      id: "conclude-agreement",
      verbs: ["concluded"],
      objects: ["agreement", "agreements", "contract", "contracts", "treaty", "memorandum", "deal", "accord", "convention"],
      kind: "signed",
    },
    {
      id: "reach-consensus",
      verbs: ["reached"],
      objects: ["consensus", "understanding", "agreement", "agreements", "accord", "arrangement", "arrangements", "deal", "compromise"],
      kind: "agreed",
    },
    {
      id: "achieve-consensus",
      verbs: ["achieved"],
      objects: ["consensus", "understanding", "agreement", "agreements", "accord", "compromise"],
      kind: "agreed",
    },
    {
      id: "support-proposal",
      verbs: ["supported", "backed"],
      objects: ["proposal", "proposals", "initiative", "initiatives", "idea", "suggestion", "offer"],
      kind: "agreed",
    },
    {
      id: "accept-proposal",
      verbs: ["accepted"],
      objects: ["proposal", "proposals", "initiative", "offer", "suggestion"],
      kind: "agreed",
    },
    {
      id: "reaffirm-commitment",
      // The present as the parties say it in a joint text: "We reaffirm our commitment to ...".
      verbs: ["reaffirmed", "affirmed", "reiterated", "renewed", "confirmed", "reaffirm", "renew"],
      objects: ["commitment", "commitments", "pledge"],
      kind: "committed",
    },
    { id: "take-decision", verbs: ["taken", "took", "made"], objects: ["decision", "decisions"], kind: "decided" },
    {
      // "The two leaders witnessed the signing of three agreements", "witnessed the exchange of
      // memoranda": the signing is the event's.
      id: "witness-signing",
      verbs: ["witnessed", "attended", "oversaw"],
      objects: ["signing", "memoranda", "memorandums", "memorandum", "mous", "mou", "instruments"],
      kind: "signed",
      objectAfterOnly: true,
    },
    {
      // "The ministers exchanged the instruments of ratification": a treaty's ratification completed.
      id: "exchange-instruments",
      verbs: ["exchanged"],
      objects: ["instruments"],
      kind: "adopted",
      objectAfterOnly: true,
    },
    {
      // Approving a person for an office decides it; approving a document adopts it.
      id: "approve-appointment",
      verbs: ["approved", "endorsed"],
      objects: ["nomination", "nominations", "appointment", "appointments", "candidacy", "candidature", "candidatures"],
      kind: "decided",
    },
    {
      id: "formalise-outcomes",
      verbs: ["formalises", "formalizes", "formalised", "formalized"],
      objects: ["agreements", "agreement", "decisions", "outcomes", "results", "understandings"],
      kind: "adopted",
      documentSubject: true,
    },
    {
      id: "enshrine-outcomes",
      verbs: ["enshrines", "enshrined"],
      objects: ["agreements", "agreement", "decisions", "outcomes", "understandings"],
      kind: "adopted",
      documentSubject: true,
    },
  ],
  appointmentVerbs: ["confirmed", "appointed", "elected", "re-elected", "designated", "nominated"],
  outcomeLemmaForms: [
    "agree", "agrees", "agreeing", "sign", "signs", "signing", "adopt", "adopts", "adopting", "approve", "approves",
    "approving", "endorse", "endorses", "endorsing", "ratify", "ratifies", "ratifying", "decide", "decides", "deciding",
    "commit", "commits", "committing", "pledge", "pledges", "pledging", "conclude", "concludes", "concluding",
  ],
  modals: ["will", "would", "could", "can", "may", "might", "should", "shall", "must", "ll"],
  intentions: [
    "plan", "plans", "planned", "planning", "intend", "intends", "intended", "expect", "expects", "expected", "hope",
    "hopes", "hoped", "ready", "willing", "prepared", "going", "aim", "aims", "aimed", "seek", "seeks", "want", "wants",
    "wish", "wishes", "due", "likely", "set", "proposed", "suggested",
  ],
  hedges: [
    "if", "unless", "whether", "readiness", "willingness", "possibility", "possible", "consider", "considering",
    "hope", "hopes", "propose", "proposes", "suggest", "suggests",
  ],
  plannedWords: ["planned", "scheduled", "expected"],
  negations: ["not", "never", "no", "n't", "neither", "nor", "failed", "refused", "declined"],
  negationEnding: "n't",
  adverbs: [
    "also", "jointly", "further", "then", "finally", "successfully", "unanimously", "already", "today", "formally",
    "officially", "again", "once", "subsequently", "together", "both", "all", "thus", "therefore", "eventually",
    "duly", "now", "too", "mutually", "personally", "solemnly", "hereby",
  ],
  adverbEnding: "ly",
  pastAuxiliaries: ["was", "were", "has", "have", "been"],
  presentAuxiliaries: ["is", "are", "am", "remains", "remain", "stays", "stay", "be", "being"],
  passiveAuxiliaries: ["was", "were", "been"],
  pastPassiveAuxiliaries: ["was", "were"],
  pastPerfect: "had",
  otherAuxiliaries: ["to", "did", "do", "does"],
  infinitive: "to",
  coordinators: ["and", "or"],
  listJoiner: "and",
  clauseJoiners: ["and", "but"],
  determiners: ["the", "a", "an", "this", "that", "these", "those", "their", "its", "our", "his", "her", "any", "every", "each"],
  asEarlier: "as",
  followUpWords: [
    "implementation", "implementing", "implement", "fulfilment", "fulfillment", "fulfilling", "fulfil", "fulfill",
    "execution", "compliance", "follow-up", "realization", "realisation", "observance",
  ],
  reportingVerbs: [
    "noted", "stressed", "said", "emphasized", "emphasised", "discussed", "expressed", "welcomed", "praised", "recalled",
    "reviewed", "highlighted", "informed", "reported", "underlined", "mentioned", "pointed", "assessed", "appreciated",
    "stated", "told", "congratulated", "thanked", "hailed", "commended", "briefed", "explained", "noting", "welcoming",
    "recalling", "stressing", "emphasizing", "emphasising", "underlining", "commending", "acknowledging",
  ],
  recallingVerbs: ["recalled", "recalling", "recall", "recalls", "reminded", "reminding"],
  complementizer: "that",
  participleFollowers: ["during", "at", "in", "between", "within", "under", "following", "earlier", "previously", "last", "by"],
  timeOpeners: ["in", "over", "during", "since", "last", "earlier", "previously", "back"],
  earlierTime: {
    // "have always agreed", "have repeatedly signed": a habit of earlier years, not the event's outcome.
    words: ["previously", "earlier", "formerly", "ago", "previous", "prior", "preceding", "always", "repeatedly", "traditionally"],
    notBefore: { earlier: ["today", "this"] },
    withNext: {
      last: ["year", "month", "week", "summer", "autumn", "spring", "winter"],
      recent: ["years", "months", "decades"],
    },
    past: { word: "past", after: "the", periods: ["years", "decade", "decades"] },
  },
  monthNames: [
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
    "december",
  ],
  yearPrepositions: ["in", "since"],
  pronounSubjects: ["they", "we", "he", "she", "it", "all", "both", "i", "you", "this", "that", "these", "those", "which", "who"],
  complementMarkers: ["to", "on", "upon", "that", "about", "with"],
  prepositions: [
    "in", "at", "during", "on", "following", "after", "as", "under", "with", "within", "by", "for", "upon", "before",
    "according", "besides", "among", "since", "to",
  ],
  irregularPast: ["held", "met", "had", "spoke", "took", "made", "gave", "said", "told", "saw", "began", "led", "sent"],
  pastEnding: "ed",
  gerundEnding: "ing",
  finiteAuxiliaries: ["will", "would", "is", "are", "was", "were", "has", "have", "can", "could", "should", "must", "may"],
  participleAdverbs: ["yesterday"],
  phraseOpeners: ["the", "a", "an", "this", "these", "those", "its", "their", "our", "all", "both", "each", "every", "no"],
  openingAdverbs: [
    "today", "yesterday", "also", "then", "finally", "subsequently", "further", "furthermore", "moreover", "additionally",
    "thus", "therefore", "now",
  ],
  agentMarker: "by",
  agentStops: ["on", "during", "at"],
  // TODO(merge): the honorific kind of the titles section, once it is the one list of honorifics.
  partyHonorifics: ["mr", "ms", "mrs", "dr"],
  operativeVerbs: {
    decided: ["decides"],
    agreed: ["agrees"],
    adopted: ["adopts", "endorses", "approves", "ratifies"],
    committed: ["commits", "pledges"],
  },
  performativeVerbs: {
    agreed: ["agree"],
    decided: ["decide"],
    adopted: ["adopt", "endorse", "approve"],
    committed: ["commit", "pledge"],
  },
  // "We agree to ...", "The two sides agree to ..." in a joint text.
  performativeSubjects: [
    "we", "sides", "parties", "leaders", "ministers", "presidents", "delegations", "participants", "governments",
  ],
  performativeComplements: { agree: ["to", "upon"], decide: ["to"], commit: ["to", "ourselves"] },
  preambleOpeners: [
    "recalling", "noting", "reaffirming", "welcoming", "recognizing", "recognising", "acknowledging", "bearing",
    "taking", "having", "expressing", "stressing", "emphasizing", "emphasising", "underlining", "guided", "mindful",
    "convinced", "concerned", "determined", "considering", "desiring", "aware", "reiterating", "further", "also",
    "deeply", "acting",
  ],
  preambleEnds: [";", ",", ":"],
  jointVerbs: [{ id: "confirm-jointly", verbs: ["confirmed", "reconfirmed"], complements: ["that"], kind: "agreed" }],
  jointSubjectWords: [
    "two", "both", "sides", "parties", "leaders", "ministers", "presidents", "heads", "delegations", "they", "we",
    "participants", "countries", "states", "governments", "members", "chairs", "co-chairs",
  ],
  singularPronouns: ["he", "she", "i"],
  captionFollowers: ["by", "at", "on", "in", "during"],
};
