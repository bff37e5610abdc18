/// One code of the built-in codebook (SPEC §3), seeded into the `tag` table by a migration.
public struct BuiltinTag: Hashable, Sendable {
    public var category: TagCategory
    public var name: String
    public var slug: String
    /// The DMRS level (1–7) for defenses; nil for every other category.
    public var level: Int?
    public var description: String

    public init(category: TagCategory, name: String, slug: String, level: Int? = nil, description: String) {
        self.category = category
        self.name = name
        self.slug = slug
        self.level = level
        self.description = description
    }

    /// The DMRS level as a type, for defenses.
    public var dmrsLevel: DMRSLevel? { level.flatMap(DMRSLevel.init(rawValue:)) }
}

/// The built-in codebook. Slugs are unique across the whole codebook, not only within a
/// category, so a bare `#slug` always names one built-in code; where two instruments share a
/// word (transference and countertransference both have "positive"), the countertransference
/// one carries a `ct-` prefix.
public enum BuiltinCodebook {
    /// Every built-in code, in display order: defenses from most to least adaptive, then
    /// transference, countertransference and the CCRT clusters.
    public static let tags: [BuiltinTag] = defenses + transference + countertransference + ccrtWishes + ccrtResponsesOfOther + ccrtResponsesOfSelf

    /// The built-in code for `slug`, optionally within `category`.
    public static func tag(slug: String, category: TagCategory? = nil) -> BuiltinTag? {
        tags.first { $0.slug == slug && (category == nil || $0.category == category) }
    }

    /// Perry's DMRS: 30 defenses in 7 levels.
    public static let defenses: [BuiltinTag] = [
        d(7, "Affiliation", "affiliation", "Turns to others for help or support while keeping responsibility for the problem."),
        d(7, "Altruism", "altruism", "Dedicates self to meeting others' needs and gains real gratification from it, not self-sacrifice."),
        d(7, "Anticipation", "anticipation", "Foresees future difficulties and their feelings, and considers realistic responses in advance."),
        d(7, "Humor", "humor", "Finds the amusing or ironic side of a conflict so the feeling can be borne and shared."),
        d(7, "Self-assertion", "self-assertion", "Expresses own feelings and thoughts directly, neither coercive nor manipulative."),
        d(7, "Self-observation", "self-observation", "Reflects on own thoughts, feelings, motives and behaviour, and responds to them."),
        d(7, "Sublimation", "sublimation", "Channels potentially maladaptive feelings or impulses into socially acceptable, satisfying activity."),
        d(7, "Suppression", "suppression", "Intentionally postpones attention to a conflict or feeling, aware of it, until a better time."),
        d(6, "Isolation of affects", "isolation-of-affects", "Keeps the facts of a painful event in mind but loses touch with the feelings attached to them."),
        d(6, "Intellectualization", "intellectualization", "Uses abstract thinking, generalisation or theory to avoid experiencing disturbing feelings."),
        d(6, "Undoing", "undoing", "Words or acts meant to symbolically cancel or make amends for an unacceptable thought or deed."),
        d(5, "Repression", "repression", "Cannot recall or be aware of a disturbing wish, feeling or experience, though its traces show."),
        d(5, "Dissociation", "dissociation", "A temporary break in the usually integrated functions of memory, identity, perception or feeling."),
        d(5, "Reaction formation", "reaction-formation", "Replaces an unacceptable wish or feeling with its opposite, often exaggerated."),
        d(5, "Displacement", "displacement", "Shifts a feeling about one person or situation onto a less threatening substitute."),
        d(4, "Idealization of self-image", "idealization-of-self", "Exaggerates own positive qualities to ward off feelings of low self-esteem or helplessness."),
        d(4, "Idealization of other's image", "idealization-of-other", "Exaggerates another's positive qualities to feel protected or to share in their greatness."),
        d(4, "Devaluation of self-image", "devaluation-of-self", "Attributes exaggerated negative qualities to self, often to forestall criticism or disappointment."),
        d(4, "Devaluation of other's image", "devaluation-of-other", "Attributes exaggerated negative qualities to another, shielding self from disappointment or envy."),
        d(4, "Omnipotence", "omnipotence", "Acts or speaks as if possessed of special powers or superiority, warding off helplessness."),
        d(3, "Denial", "denial", "Refuses to acknowledge an aspect of external reality or own experience that is apparent to others."),
        d(3, "Rationalization", "rationalization", "Conceals true motives behind reassuring or self-serving but plausible explanations."),
        d(3, "Projection", "projection", "Falsely attributes own unacknowledged feelings, impulses or thoughts to others."),
        d(3, "Autistic fantasy", "autistic-fantasy", "Substitutes excessive daydreaming for pursuing relationships, action or problem solving."),
        d(2, "Splitting of self-image", "splitting-of-self", "Sees self as all good or all bad, failing to integrate positive and negative qualities."),
        d(2, "Splitting of other's image", "splitting-of-other", "Sees others as all good or all bad, alternating between idealising and devaluing them."),
        d(2, "Projective identification", "projective-identification", "Attributes own unacceptable feelings to another and induces them in that person, then reacts to them there."),
        d(1, "Acting out", "acting-out", "Acts on an impulse or feeling without reflection, instead of feeling or speaking it."),
        d(1, "Help-rejecting complaining", "help-rejecting-complaining", "Complains or asks for help while covertly rejecting every suggestion or help offered."),
        d(1, "Passive aggression", "passive-aggression", "Expresses hostility indirectly, through procrastination, failure, sulking or 'forgetting'."),
    ]

    /// Clinical transference, Kohut's selfobject transferences and Westen's PRQ factors.
    public static let transference: [BuiltinTag] = [
        t("Positive", "positive", "Warm, trusting feelings toward the therapist that support the alliance."),
        t("Negative", "negative", "Hostile, distrustful or disappointed feelings toward the therapist, transferred from past figures."),
        t("Erotic", "erotic", "Romantic or sexual feelings toward the therapist, experienced and spoken about."),
        t("Mirroring", "mirroring", "Needs the therapist's admiring, confirming response to sustain a cohesive self (Kohut)."),
        t("Idealizing", "idealizing", "Experiences the therapist as perfect and powerful, merging with that strength to feel calm (Kohut)."),
        t("Twinship", "twinship", "Needs to feel essentially alike the therapist, a kindred presence (Kohut)."),
        t("Angry/entitled", "angry-entitled", "Demanding, resentful, feels owed special treatment; quick to feel slighted (PRQ)."),
        t("Anxious/preoccupied", "anxious-preoccupied", "Fears rejection or abandonment by the therapist; seeks reassurance and closeness (PRQ)."),
        t("Avoidant/counterdependent", "avoidant-counterdependent", "Keeps distance, minimises need for the therapist, reluctant to depend or disclose (PRQ)."),
        t("Secure/engaged", "secure-engaged", "Collaborative and open; uses the therapist and the hour productively (PRQ)."),
        t("Sexualized", "sexualized", "Flirtatious or seductive stance toward the therapist, sexualising the relationship (PRQ)."),
    ]

    /// Betan & Westen's Therapist Response Questionnaire factors.
    public static let countertransference: [BuiltinTag] = [
        c("Overwhelmed/disorganized", "overwhelmed-disorganized", "Therapist feels flooded, confused or wishes to avoid the patient; dreads sessions."),
        c("Helpless/inadequate", "helpless-inadequate", "Therapist feels incompetent, ineffective or unable to help the patient."),
        c("Positive", "ct-positive", "Therapist feels close, warm and engaged, with a working alliance."),
        c("Special/overinvolved", "special-overinvolved", "Therapist feels the patient is special, bends the frame, self-discloses or worries excessively."),
        c("Sexualized", "ct-sexualized", "Therapist feels sexual attraction or tension with the patient."),
        c("Disengaged", "disengaged", "Therapist feels bored, distracted, annoyed or withdrawn in sessions."),
        c("Parental/protective", "parental-protective", "Therapist feels like a good parent, wishing to nurture or protect the patient."),
        c("Criticized/mistreated", "criticized-mistreated", "Therapist feels unappreciated, dismissed, devalued or used by the patient."),
    ]

    /// Luborsky's CCRT, Edition-3 wish clusters.
    public static let ccrtWishes: [BuiltinTag] = [
        w("To assert self and be independent", "to-be-independent", "Wishes to be autonomous, to assert own views and make own decisions."),
        w("To oppose, hurt and control others", "to-oppose-control", "Wishes to oppose, dominate, get back at or hurt others."),
        w("To be controlled, hurt and not responsible", "to-be-controlled", "Wishes to be told what to do, to be dependent, even punished, and free of responsibility."),
        w("To be distant and avoid conflicts", "to-avoid-conflict", "Wishes to keep away from others, to withdraw and avoid confrontation."),
        w("To be close and accepting", "to-be-close", "Wishes to be close to, to accept and be accepted by others."),
        w("To be loved and understood", "to-be-loved", "Wishes to be loved, cared for, respected and understood."),
        w("To feel good and comfortable", "to-feel-good", "Wishes to feel well, happy, secure and at ease."),
        w("To achieve and help others", "to-achieve", "Wishes to succeed, to be competent, and to help others."),
    ]

    /// Luborsky's CCRT, Edition-3 response-of-other clusters.
    public static let ccrtResponsesOfOther: [BuiltinTag] = [
        o("Strong", "strong", "Other is seen as strong, independent, capable, happy."),
        o("Controlling", "controlling", "Other dominates, restricts, instructs or controls."),
        o("Upset", "upset", "Other is anxious, sad, angry or disappointed."),
        o("Bad", "bad", "Other is untrustworthy, unreliable, dishonest or uncaring."),
        o("Rejecting and opposing", "rejecting", "Other rejects, dislikes, opposes, criticises or withdraws."),
        o("Helpful", "helpful", "Other helps, supports, gives, encourages or cares."),
        o("Likes me", "likes-me", "Other is friendly, affectionate, loving and open toward me."),
        o("Understanding", "understanding", "Other understands, accepts and respects me."),
    ]

    /// Luborsky's CCRT, Edition-3 response-of-self clusters.
    public static let ccrtResponsesOfSelf: [BuiltinTag] = [
        s("Helpful", "helping", "Self helps, supports or gives to others; is generous and open."),
        s("Unreceptive", "unreceptive", "Self withdraws, is distant, closed, suspicious or uninterested."),
        s("Respected and accepted", "respected", "Self feels respected, accepted, liked and understood."),
        s("Opposes and hurts others", "opposes-hurts", "Self becomes angry, aggressive, critical or hurtful toward others."),
        s("Self-controlled and self-confident", "self-confident", "Self feels confident, competent, independent and in control."),
        s("Helpless", "helpless", "Self feels helpless, incompetent, dependent or out of control."),
        s("Disappointed and depressed", "disappointed", "Self feels disappointed, sad, hopeless or depressed."),
        s("Anxious and ashamed", "anxious-ashamed", "Self feels anxious, afraid, guilty, embarrassed or ashamed."),
    ]

    private static func d(_ level: Int, _ name: String, _ slug: String, _ description: String) -> BuiltinTag {
        BuiltinTag(category: .defense, name: name, slug: slug, level: level, description: description)
    }

    private static func t(_ name: String, _ slug: String, _ description: String) -> BuiltinTag {
        BuiltinTag(category: .transference, name: name, slug: slug, description: description)
    }

    private static func c(_ name: String, _ slug: String, _ description: String) -> BuiltinTag {
        BuiltinTag(category: .countertransference, name: name, slug: slug, description: description)
    }

    private static func w(_ name: String, _ slug: String, _ description: String) -> BuiltinTag {
        BuiltinTag(category: .ccrtWish, name: name, slug: slug, description: description)
    }

    private static func o(_ name: String, _ slug: String, _ description: String) -> BuiltinTag {
        BuiltinTag(category: .ccrtRO, name: name, slug: slug, description: description)
    }

    private static func s(_ name: String, _ slug: String, _ description: String) -> BuiltinTag {
        BuiltinTag(category: .ccrtRS, name: name, slug: slug, description: description)
    }
}
