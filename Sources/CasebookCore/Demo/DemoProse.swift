/// Sentence fragments the demo notes are assembled from. Placeholders: `{S}`/`{s}` the client's
/// subject pronoun, `{o}` object, `{p}` possessive, `{f}` a figure's name, `{r}` its role.
/// Clauses carry no final period; the note builder adds the tags and the punctuation.
enum DemoProse {
    static let openings = [
        "{S} arrived a few minutes late and apologised twice before sitting down",
        "{S} was early today and waited in the hall with {p} coat on",
        "{S} began by talking about the weather and the trains",
        "{S} sat in silence for the first ten minutes",
        "{S} came in looking tired and said {s} had barely slept",
        "The session opened with {o} asking whether I had read the news",
        "{S} started mid-sentence, as if continuing a conversation from last week",
        "{S} spoke quickly at first and then slowed down",
        "{S} brought a coffee and held it without drinking through most of the hour",
        "{S} said {s} nearly cancelled today",
    ]

    static let closings = [
        "At the door {s} turned back to say something and then did not",
        "{S} left on time, which is unusual",
        "{S} asked about the date of the next session twice",
        "We ended with {o} more thoughtful than at the start",
        "I noticed how quickly the hour seemed to pass",
        "{S} said goodbye more warmly than usual",
        "The ending felt abrupt to me",
    ]

    /// Clauses that show one defense, keyed by the built-in slug.
    static let defenses: [(String, [String])] = [
        ("affiliation", ["{S} had called {f} before the hard meeting and asked {o} to listen", "{S} said {s} let {f} help for once"]),
        ("altruism", ["{S} spent the weekend helping {f} move and said it steadied {o}"]),
        ("anticipation", ["{S} thought ahead about the anniversary and planned how to get through it", "{S} wondered aloud how the summer break will feel for {o}"]),
        ("humor", ["{S} joked that {s} could write a manual on disappointing {f}", "{S} laughed at how predictable {p} own reaction to {f} was"]),
        ("self-assertion", ["{S} told {f} plainly that {s} would not come for the holidays", "{S} said no to extra work and did not apologise"]),
        ("self-observation", ["{S} noticed that {s} goes quiet exactly when {f} raises {p} voice", "{S} caught {o}self explaining instead of feeling"]),
        ("sublimation", ["{S} has been painting again, mostly the harbour at night"]),
        ("suppression", ["{S} said {s} chose to put the argument with {f} aside until after the exams"]),
        ("isolation-of-affects", ["{S} described the funeral in careful detail, without any feeling in {p} voice", "{S} reported the diagnosis as if reading a bus timetable"]),
        ("intellectualization", ["{S} explained {p} relationship with {f} through attachment theory for several minutes"]),
        ("undoing", ["After criticising {f}, {s} immediately listed all of {f}'s good qualities"]),
        ("repression", ["{S} could not remember anything about the year {p} parents separated"]),
        ("dissociation", ["{S} said the room felt far away while {s} talked about {f}", "{S} lost the thread and could not say what {s} had been talking about"]),
        ("reaction-formation", ["{S} insisted {s} was delighted about {f}'s promotion, a little too brightly"]),
        ("displacement", ["{S} was furious with a waiter all week after {f} cancelled the visit"]),
        ("idealization-of-self", ["{S} said {s} is the only one at work who really understands the project"]),
        ("idealization-of-other", ["{S} described {f} as flawless, the kindest person {s} has ever known"]),
        ("devaluation-of-self", ["{S} called {o}self stupid and useless several times"]),
        ("devaluation-of-other", ["{S} dismissed {f} as pathetic and not worth discussing"]),
        ("omnipotence", ["{S} said {s} can handle anything and never needs anyone"]),
        ("denial", ["{S} insisted the breakup with {f} has not affected {o} at all"]),
        ("rationalization", ["{S} explained that missing the appointment was really the sensible choice"]),
        ("projection", ["{S} was sure {f} is secretly angry with {o}, though nothing {s} reported suggests it", "{S} thought I looked bored and irritated with {o}"]),
        ("autistic-fantasy", ["{S} spends evenings imagining a life where {f} finally apologises"]),
        ("splitting-of-self", ["{S} said {s} is either brilliant or a complete fraud, nothing in between"]),
        ("splitting-of-other", ["{S} described {f} as wonderful on Monday and as a monster by Thursday"]),
        ("projective-identification", ["I found myself feeling as worthless as {s} describes feeling around {f}"]),
        ("acting-out", ["After the last session {s} drove to {f}'s flat at two in the morning", "{S} quit the course the day after {f} criticised {o}"]),
        ("help-rejecting-complaining", ["{S} asked what to do about {f} and then explained why each idea could never work"]),
        ("passive-aggression", ["{S} forgot the payment again and smiled when I mentioned it", "{S} agreed to call {f} and then, as usual, did not"]),
    ]

    /// Clauses that show a demo theme, keyed by the theme slug.
    static let themes: [(String, [String])] = [
        ("abandonment", ["{S} spoke of waiting for {f} at the school gate long after the others had gone", "{S} said nobody ever waits for {o}"]),
        ("envy", ["{S} could hardly bear hearing about {f}'s new house", "{S} said {f} always gets the easy life"]),
        ("fear-of-dependency", ["{S} worried that needing {f} would make {o} weak", "{S} refused {f}'s offer of help with the flat"]),
        ("shame", ["{S} blushed describing what {f} had said at dinner", "{S} could not look at me while telling it"]),
        ("loss", ["{S} talked about {p} grandmother's house being sold", "{S} returned to the death of {p} dog when {s} was nine"]),
        ("rivalry", ["{S} compared {o}self with {f} again, point by point", "{S} said {f} was always the favourite"]),
        ("guilt", ["{S} felt {s} had let {f} down by moving away", "{S} said {s} owes {f} everything and can never repay it"]),
        ("control", ["{S} described checking {f}'s messages and then hating {o}self for it", "{S} plans every hour of the weekend so nothing can surprise {o}"]),
        ("intimacy", ["{S} said {s} pulls away whenever {f} gets close", "{S} wondered whether {s} has ever let anyone really know {o}"]),
    ]

    static let memories = [
        "{S} remembered, for the first time here, hiding under the kitchen table while {f} shouted",
        "An early memory came back: {f} leaving in a red car and not waving",
        "{S} recalled being praised by {f} only when {s} came first",
    ]

    /// Clauses about the relationship with the therapist, keyed by transference slug.
    static let transference: [(String, [String])] = [
        ("positive", ["{S} said the sessions are the one place {s} feels heard"]),
        ("negative", ["{S} said therapy is a waste of money and I am no better than the others", "{S} accused me of not listening and of taking {f}'s side"]),
        ("erotic", ["{S} said {s} thinks about me between sessions and blushed"]),
        ("mirroring", ["{S} watched me closely for approval after describing the promotion"]),
        ("idealizing", ["{S} said I am the only person who truly understands {o}", "{S} said {s} feels calm just sitting in this room with me"]),
        ("twinship", ["{S} asked whether I also grew up by the sea, hoping I did"]),
        ("angry-entitled", ["{S} demanded an extra session this week and was furious when I could not offer one", "{S} said I owe {o} a refund for the holiday break"]),
        ("anxious-preoccupied", ["{S} asked twice whether I was tired of {o}"]),
        ("avoidant-counterdependent", ["{S} said {s} does not really need these sessions and could stop any time"]),
        ("secure-engaged", ["{S} worked actively with my interpretation and added to it"]),
        ("sexualized", ["{S} commented on my clothes in a flirtatious way"]),
    ]

    /// The therapist's own responses, keyed by countertransference slug.
    static let countertransference: [(String, [String])] = [
        ("overwhelmed-disorganized", ["I felt flooded and lost track of the material"]),
        ("helpless-inadequate", ["I felt useless, as if nothing I said could reach {o}"]),
        ("ct-positive", ["I felt warmly toward {o} and glad of the work"]),
        ("special-overinvolved", ["I noticed I had run over time again without meaning to"]),
        ("ct-sexualized", ["I noticed an uncomfortable charge in the room and kept my distance"]),
        ("disengaged", ["I caught myself drifting and thinking about my shopping list"]),
        ("parental-protective", ["I wanted to protect {o} from {f}"]),
        ("criticized-mistreated", ["I felt dismissed and oddly hurt by {p} tone"]),
    ]

    /// A dream series that changes as the work deepens; `#dream` is added by the builder.
    static let dreams = [
        "{S} dreamt of a house with a locked room {s} was not allowed to enter",
        "Again the house: this time the door of the locked room was ajar and {f} stood behind it",
        "{S} dreamt of a flood rising in the cellar while {s} carried boxes upstairs alone",
        "In a dream {s} missed a train and {f} waved from the platform without calling {o} back",
        "{S} dreamt that I had moved my office and {s} could not find the new address",
        "The locked room appeared again, empty except for a child's coat",
        "{S} dreamt of swimming in a cold lake and, for once, not being afraid",
        "In the latest dream {s} opened the room {o}self and found it full of light",
    ]

    /// Episode clauses by CCRT slug: how the wish, the other's response and the self's response read.
    static let wishes: [(String, String)] = [
        ("to-be-independent", "{s} wanted to decide for {o}self"),
        ("to-oppose-control", "{s} wanted to get back at {f}"),
        ("to-be-controlled", "{s} wanted {f} to simply tell {o} what to do"),
        ("to-avoid-conflict", "{s} wanted to keep out of the argument"),
        ("to-be-close", "{s} wanted to be near {f}"),
        ("to-be-loved", "{s} wanted {f} to notice and understand {o}"),
        ("to-feel-good", "{s} just wanted to feel at ease for one evening"),
        ("to-achieve", "{s} wanted {f} to see {o} succeed"),
    ]

    static let responsesOfOther: [(String, String, Bool)] = [
        ("strong", "{f} seemed strong and unbothered", true),
        ("controlling", "{f} took over and told {o} how it should be done", false),
        ("upset", "{f} became upset and tearful", false),
        ("bad", "{f} broke the promise once more", false),
        ("rejecting", "{f} brushed {o} off and turned away", false),
        ("helpful", "{f} offered help without being asked", true),
        ("likes-me", "{f} was openly affectionate", true),
        ("understanding", "{f} listened and seemed to understand", true),
    ]

    static let responsesOfSelf: [(String, String, Bool)] = [
        ("helping", "{s} ended up looking after {f} instead", true),
        ("unreceptive", "{s} shut down and stopped talking", false),
        ("respected", "{s} felt respected", true),
        ("opposes-hurts", "{s} snapped and said something cruel", false),
        ("self-confident", "{s} felt steady and sure of {o}self", true),
        ("helpless", "{s} felt small and helpless", false),
        ("disappointed", "{s} went home flat and disappointed", false),
        ("anxious-ashamed", "{s} felt ashamed of having asked at all", false),
    ]

    static let interventions = [
        "clarification of the sequence of events", "confrontation of the pattern of cancelling after closeness",
        "interpretation linking the current conflict with early experience", "supportive validation of affect",
        "transference interpretation", "exploration of the dream material", "work on the ending of the break",
        "psychoeducation about sleep and mood", "reflection on the relationship episode with a family member",
    ]

    static let risks = [
        "No suicidal ideation, no self-harm, no risk to others reported.",
        "Denies suicidal ideation; protective factors discussed.",
        "No current risk concerns identified.",
    ]

    static let elevatedRisks = [
        "Passive death wishes reported, no plan or intent; safety plan reviewed and shared.",
        "Reports one episode of self-harm (superficial cuts) this week; safety plan updated, GP informed with consent.",
    ]

    static let concerns = [
        "low mood and withdrawal after a breakup", "panic attacks at work", "recurrent conflicts with a partner",
        "grief after the death of a parent", "feeling empty and directionless", "difficulty keeping relationships",
        "perfectionism and burnout", "anxiety about becoming a parent", "anger outbursts", "loneliness after a move abroad",
    ]

    static let conflicts = [
        "longing for closeness against fear of being engulfed",
        "wish to be cared for against shame about needing anyone",
        "ambition against guilt about surpassing a parent",
        "anger at being let down against fear of losing the relationship",
        "autonomy against loyalty to the family",
    ]

    static let supervisionQuestions = [
        "How to work with the repeated cancellations without becoming punitive?",
        "Am I colluding with the idealisation?",
        "When to interpret the negative transference directly?",
        "How to think about my boredom in these sessions?",
        "Is weekly frequency enough given the risk history?",
        "How to prepare for the summer break?",
    ]
}
