import Foundation

/// Everything `casebook patterns CLIENT` shows, in the SPEC §6 JSON shape (snake_case keys;
/// `first`/`last` are session numbers). Keys beyond the SPEC: `sessions_not_held`,
/// `odf_overall`, `odf_rolling`, `defense_profile`, and per-pair categories and slugs.
public struct PatternsReport: Codable, Hashable, Sendable {
    public struct ODFPoint: Codable, Hashable, Sendable {
        public var session: Int
        public var odf: Double
    }

    public struct RecurrenceEntry: Codable, Hashable, Sendable {
        public var category: TagCategory
        public var tag: String
        public var slug: String
        public var sessions: Int
        public var ratio: Double
        public var first: Int
        public var last: Int
        public var longestStreak: Int
        public var meanIntensity: Double
        public var trend: Trend

        enum CodingKeys: String, CodingKey {
            case category, tag, slug, sessions, ratio, first, last, trend
            case longestStreak = "longest_streak"
            case meanIntensity = "mean_intensity"
        }
    }

    public struct PairEntry: Codable, Hashable, Sendable {
        public var a: String
        public var b: String
        public var count: Int
        public var jaccard: Double
        public var aCategory: TagCategory
        public var bCategory: TagCategory
        public var aSlug: String
        public var bSlug: String

        enum CodingKeys: String, CodingKey {
            case a, b, count, jaccard
            case aCategory = "a_category"
            case bCategory = "b_category"
            case aSlug = "a_slug"
            case bSlug = "b_slug"
        }
    }

    public struct CCRTEntry: Codable, Hashable, Sendable {
        public var tag: String
        public var slug: String
        public var episodes: Int
        public var pervasiveness: Double
        /// Episodes marked positive / negative (RO and RS; 0 for wishes).
        public var positive: Int
        public var negative: Int
    }

    public struct CCRTSection: Codable, Hashable, Sendable {
        public var episodes: Int
        public var wish: [CCRTEntry]
        public var ro: [CCRTEntry]
        public var rs: [CCRTEntry]
    }

    public struct ProfileEntry: Codable, Hashable, Sendable {
        public var observations: Int
        /// Shares of levels 1…7, index 0 = level 1.
        public var levels: [Double]
        public var mature: Double
        public var neurotic: Double
        public var immature: Double
        public var odf: Double?

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(observations, forKey: .observations)
            try container.encode(levels, forKey: .levels)
            try container.encode(mature, forKey: .mature)
            try container.encode(neurotic, forKey: .neurotic)
            try container.encode(immature, forKey: .immature)
            try container.encode(odf, forKey: .odf)
        }
    }

    public struct ProfileSection: Codable, Hashable, Sendable {
        public var window: ProfileEntry
        public var firstThird: ProfileEntry?
        public var lastThird: ProfileEntry?
        public var odfShift: Double?

        enum CodingKeys: String, CodingKey {
            case window
            case firstThird = "first_third"
            case lastThird = "last_third"
            case odfShift = "odf_shift"
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(window, forKey: .window)
            try container.encode(firstThird, forKey: .firstThird)
            try container.encode(lastThird, forKey: .lastThird)
            try container.encode(odfShift, forKey: .odfShift)
        }
    }

    public var client: String
    /// Held sessions in the window.
    public var sessions: Int
    public var sessionsNotHeld: Int
    public var odf: [ODFPoint]
    public var odfOverall: Double?
    public var odfRolling: [ODFPoint]
    public var recurrence: [RecurrenceEntry]
    public var cooccurrence: [PairEntry]
    public var ccrt: CCRTSection
    public var defenseProfile: ProfileSection

    enum CodingKeys: String, CodingKey {
        case client, sessions, odf, recurrence, cooccurrence, ccrt
        case sessionsNotHeld = "sessions_not_held"
        case odfOverall = "odf_overall"
        case odfRolling = "odf_rolling"
        case defenseProfile = "defense_profile"
    }

    public struct Options: Hashable, Sendable {
        public var window: AnalysisWindow = .all
        public var rollingWindow: Int = DefensiveFunctioning.defaultRollingWindow
        public var minimumPairCount: Int = Cooccurrence.defaultMinimumCount
        public var weightODFByIntensity = false

        public init(
            window: AnalysisWindow = .all, rollingWindow: Int = DefensiveFunctioning.defaultRollingWindow,
            minimumPairCount: Int = Cooccurrence.defaultMinimumCount, weightODFByIntensity: Bool = false
        ) {
            self.window = window
            self.rollingWindow = rollingWindow
            self.minimumPairCount = minimumPairCount
            self.weightODFByIntensity = weightODFByIntensity
        }
    }

    /// Nil optionals (e.g. `odf_overall` with no defenses) are written as JSON null, so every key
    /// is always there for scripts.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(client, forKey: .client)
        try container.encode(sessions, forKey: .sessions)
        try container.encode(sessionsNotHeld, forKey: .sessionsNotHeld)
        try container.encode(odf, forKey: .odf)
        try container.encode(odfOverall, forKey: .odfOverall)
        try container.encode(odfRolling, forKey: .odfRolling)
        try container.encode(recurrence, forKey: .recurrence)
        try container.encode(cooccurrence, forKey: .cooccurrence)
        try container.encode(ccrt, forKey: .ccrt)
        try container.encode(defenseProfile, forKey: .defenseProfile)
    }

    public static func build(
        client: String, sessions: [AnalyzedSession], episodes: [AnalyzedEpisode], tags: [AnalyzedTag],
        options: Options = Options()
    ) -> PatternsReport {
        let window = options.window
        let windowed = window.apply(to: sessions)
        let perSession = DefensiveFunctioning.perSession(
            sessions: sessions, tags: tags, window: window, weightByIntensity: options.weightODFByIntensity)
        let ccrt = CCRTPervasiveness.compute(episodes: episodes, sessions: sessions, tags: tags, window: window).overall
        let profile = DefenseProfileReport.compute(sessions: sessions, tags: tags, window: window)
        func entries(_ shares: [CCRTCategoryShare]) -> [CCRTEntry] {
            shares.map { CCRTEntry(
                    tag: $0.tag.name, slug: $0.tag.slug, episodes: $0.episodes, pervasiveness: $0.pervasiveness,
                    positive: $0.positive, negative: $0.negative) }
        }
        func entry(_ profile: DefenseProfile) -> ProfileEntry {
            ProfileEntry(
                observations: profile.observations, levels: (1...7).map { profile.levelShares[$0] ?? 0 },
                mature: profile.mature, neurotic: profile.neurotic, immature: profile.immature, odf: profile.odf)
        }
        return PatternsReport(
            client: client,
            sessions: windowed.filter(\.isHeld).count,
            sessionsNotHeld: windowed.filter { !$0.isHeld }.count,
            odf: perSession.map { ODFPoint(session: $0.session, odf: $0.odf) },
            odfOverall: DefensiveFunctioning.overall(
                sessions: sessions, tags: tags, window: window, weightByIntensity: options.weightODFByIntensity),
            odfRolling: DefensiveFunctioning.rollingMean(perSession, over: options.rollingWindow)
                .map { ODFPoint(session: $0.session, odf: $0.odf) },
            recurrence: Recurrence.compute(sessions: sessions, tags: tags, window: window).map {
                RecurrenceEntry(
                    category: $0.tag.category, tag: $0.tag.name, slug: $0.tag.slug, sessions: $0.sessions,
                    ratio: $0.ratio, first: $0.first.session, last: $0.last.session, longestStreak: $0.longestStreak,
                    meanIntensity: $0.meanIntensity, trend: $0.trend)
            },
            cooccurrence: Cooccurrence.compute(
                sessions: sessions, tags: tags, window: window, minimumCount: options.minimumPairCount
            ).map {
                PairEntry(
                    a: $0.a.name, b: $0.b.name, count: $0.count, jaccard: $0.jaccard,
                    aCategory: $0.a.category, bCategory: $0.b.category, aSlug: $0.a.slug, bSlug: $0.b.slug)
            },
            ccrt: CCRTSection(episodes: ccrt.episodes, wish: entries(ccrt.wish), ro: entries(ccrt.ro), rs: entries(ccrt.rs)),
            defenseProfile: ProfileSection(
                window: entry(profile.window), firstThird: profile.firstThird.map(entry),
                lastThird: profile.lastThird.map(entry), odfShift: profile.odfShift)
        )
    }
}
