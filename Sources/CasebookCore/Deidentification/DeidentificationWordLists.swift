/// Small built-in word lists for de-identification. All entries are folded (lower case, no diacritics).
enum DeidentificationWordLists {
    /// Capitalised words that are not names: calendar words, pronouns, sentence starters, kinship and
    /// clinical vocabulary. They are kept out of the "might be a name" checklist so it stays short
    /// enough to be read.
    static let capitalisedNonNames: Set<String> = Set(
        """
        monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun
        january february march april may june july august september october november december
        jan feb mar apr jun jul aug sep sept oct nov dec
        christmas easter ramadan eid diwali hanukkah passover thanksgiving
        i me my mine myself you your yours he him his she her hers they them their theirs we us our ours it its
        the a an this that these those there here then now today yesterday tomorrow tonight
        and but or so if as at in on of to for from with without by about after before during since until
        when while where why how what who whom which whose whether
        also again still yet just only even perhaps maybe possibly probably clearly later earlier first
        next last finally initially meanwhile however although though because therefore thus instead
        some many much more most few several each every all both either neither no not none nothing
        yes one two three four five six seven eight nine ten
        is was were are be been being had has have do did does can could would should shall might must
        let lets please thanks thank hello hi ok okay oh well
        mr mrs ms miss mx dr prof sir madam
        session sessions client clients patient patients therapist therapy supervisor supervision
        analyst analysis treatment note notes plan risk intake formulation goal goals review
        dream dreams theme themes defense defence defenses defences transference countertransference
        affect affects memory memories wish response self other interpretation interventions intervention
        mother father mum mom mummy mommy dad daddy mama papa parent parents sister brother sibling
        siblings grandmother grandfather granny grandma grandpa gran aunt uncle cousin partner husband
        wife boyfriend girlfriend son daughter child children baby boss colleague friend teacher
        god lord jesus english french german spanish italian
        phq gad ccrt dmrs odf ro rs cbt dbt emdr act mbt tfp adhd ptsd cptsd ocd bpd npd dsm icd mdd gp
        nhs ssri snri er ed icu ae ok tv
        """.split(whereSeparator: { $0.isWhitespace }).map(String.init))

    /// Names that are also ordinary English words. They are still replaced wherever they stand as a
    /// word, and the review lists those replacements because some will have hit the word, not the person.
    static let namesThatAreWords: Set<String> = Set(
        """
        rose will grace hope faith joy may june april august mark bill bob rob art sky dawn amber hunter
        summer autumn winter iris lily violet ruby pearl jack frank sue pat ray gene chase guy penny holly
        ivy daisy heather olive jade river stone brown white black green young king page wood miles sandy
        rusty don angel carol destiny harmony patience honor honour sunny lane dale glen cliff drew rich
        price major baker cook fox wolf bear crystal candy cherry ginger hazel jasmine jewel kitty melody
        misty poppy rain robin sage storm willow wren april nick max ben dean earl rod sean star
        """.split(whereSeparator: { $0.isWhitespace }).map(String.init))

    /// Lower-case particles inside names ("Ludwig van Beethoven"): never looked for on their own.
    static let nameParticles: Set<String> = [
        "van", "von", "der", "den", "de", "del", "della", "di", "da", "dos", "das", "du", "la", "le", "les",
        "el", "al", "bin", "bint", "ibn", "ben", "ter", "ten", "zu", "y", "e", "jr", "sr", "ii", "iii",
    ]
}
