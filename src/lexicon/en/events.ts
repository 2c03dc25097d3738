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
  call: ["call", "calls", "phoned", "phone", "telephone"],
  /** "Called": a call made, or an appeal ("called on the parties"), so kept apart. */
  calling: ["called"],
  /** A meeting by video link. */
  video: ["videoconference"],
  /** A visit, named ("a visit to", "the trip"). */
  visit: ["visit", "tour", "trip"],
  /** Visiting as a verb, whose object is the place visited ("visited Dushanbe", "toured the plant"). */
  visiting: ["visits", "visited", "visiting", "toured"],
  /** Arriving at the place of the event: the sides are in one place ("arrived in Minsk"). */
  arrival: ["arrived", "arrives"],
  /** Travelling to a place and paying a visit, as a headline says it ("travels to", "pays a visit"). */
  travel: ["travels", "pays", "paid"],
  /** "Travel" as a noun or an infinitive, often of a trip still to come ("will travel to Rome"). */
  travelPlan: ["travel"],
  /** Travel under way or done, also said of forces and insurgents on the move ("traveled from", "traveling in"). */
  journey: ["travelled", "traveled", "travelling", "traveling", "flew"],
  /** Coming and staying, also said of forces on the move ("came under fire"). */
  coming: ["came", "come", "comes", "stay"],
  /** Hosting, whose subject is the host, often the place ("Tashkent hosts the summit"). */
  hosting: ["hosts", "hosted", "hosting"],
  /** Receiving guests. */
  receiving: ["received", "receives", "welcomed", "welcomes"],
  /** A welcome or an invitation: to a visit, or to a website ("Welcome!"), so kept apart. */
  welcome: ["welcome", "invitation"],
  /** Holding an event ("held talks", "took place", "convened"). */
  holding: ["held", "holds", "took", "convened", "gathered"],
  /** "Place" of "took place": an event word only in that phrase, and common in any text ("in place"). */
  occurrence: ["place"],
  /** Conducting, said of meetings and of military operations alike. */
  conducting: ["conducted"],
  /** Light verbs that carry an event noun ("had talks", "take part"). */
  light: ["take", "taking", "had", "has"],
  /** Taking part in an event. */
  attending: ["attended", "attends", "participated", "participates"],
  /** Joining an event, or anything else ("joined the treaty"). */
  joining: ["joined", "joins"],
  /** Leading an event or a delegation ("chaired", "headed"); "leads" and "heads" are also nouns. */
  leading: ["chaired", "chairs", "led", "leads", "headed", "heads"],
  /** Gatherings named by a noun. */
  gathering: ["summit", "session", "conference", "forum", "council", "ministerial"],
  /** The people sent to an event ("the delegation", "the mission"), also the names of bodies ("Permanent Mission"). */
  delegation: ["delegation", "mission"],
  /** Signing. */
  signing: ["sign", "signs", "signed", "signing"],
  /** Presenting credentials: an ambassador's, also a page's other news ("X presents credentials"). */
  credentials: ["credentials"],
  /** Reaching agreement. */
  agreeing: ["agree", "agreed"],
  /** Statements and readouts that report an event. */
  statement: ["readout", "read-out", "statement", "communique", "communiqué", "declaration", "remarks", "briefing"],
  /** Greetings sent on an occasion. */
  greeting: ["congratulates", "congratulated"],
} as const satisfies Record<string, readonly string[]>;

/** The name of a group of {@link EVENT_WORDS}. */
export type EventGroup = keyof typeof EVENT_WORDS;
