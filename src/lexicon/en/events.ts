/**
 * English words that report an event, once, in named groups. A concern takes the groups it
 * needs ("a meeting took place here" for the venue, "this person took part" for people)
 * instead of keeping its own list. Lower case, as {@link Word.key} gives them.
 */
export const EVENT_WORDS = {
  /** Meeting as a verb or a noun. */
  meeting: ["meet", "meets", "met", "meeting", "meetings"],
  /** Talks and their kin. */
  talks: ["talks", "talk", "talked", "conversation", "conversations", "negotiations", "consultations"],
  /** Discussing and speaking with someone. */
  discussion: ["discuss", "discusses", "discussed", "spoke", "speaks"],
  /** A telephone call. */
  call: ["call", "calls", "called", "phoned", "phone", "telephone"],
  /** A meeting by video link. */
  video: ["videoconference"],
  /** A visit. */
  visit: ["visit", "visits", "visited", "visiting", "toured", "tour", "trip"],
  /** Arriving at the place of the event: the sides are in one place ("arrived in Minsk"). */
  arrival: ["arrived", "arrives"],
  /** Coming or travelling to a place (also said of forces on the move: "came under fire", "traveling through"). */
  travel: ["came", "come", "comes", "flew", "travelled", "traveled", "travelling", "traveling", "travels", "travel", "pays", "paid", "stay"],
  /** Receiving guests. */
  hosting: ["hosted", "hosts", "received", "receives", "welcomed", "welcomes", "welcome", "invitation"],
  /** Holding an event ("held talks", "took place", "convened"). */
  holding: ["held", "holds", "took", "take", "taking", "had", "has", "convened", "gathered", "conducted", "place"],
  /** Taking part in, or leading, an event. */
  attending: [
    "attended", "attends", "participated", "participates", "joined", "joins", "chaired", "chairs", "led", "leads",
    "headed", "heads",
  ],
  /** Gatherings named by a noun. */
  gathering: ["summit", "session", "conference", "forum", "council", "ministerial", "delegation", "mission"],
  /** Signing, and presenting credentials. */
  signing: ["sign", "signs", "signed", "signing", "credentials"],
  /** Reaching agreement. */
  agreeing: ["agree", "agreed"],
  /** Statements and readouts that report an event. */
  statement: ["readout", "read-out", "statement", "communique", "communiqué", "declaration", "remarks", "briefing"],
  /** Greetings sent on an occasion. */
  greeting: ["congratulates", "congratulated"],
} as const satisfies Record<string, readonly string[]>;

/** The name of a group of {@link EVENT_WORDS}. */
export type EventGroup = keyof typeof EVENT_WORDS;
