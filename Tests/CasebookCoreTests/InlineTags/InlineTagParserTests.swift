import XCTest
@testable import CasebookCore

final class InlineTagParserTests: XCTestCase {
    private func slugs(_ text: String) -> [String] { InlineTagParser.parse(text).map(\.slug) }

    private func token(_ text: String, _ tag: InlineTag) -> String {
        let scalars = Array(text.unicodeScalars)
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[tag.span])
        return String(view)
    }

    private func sentence(_ text: String, _ tag: InlineTag) -> String {
        let scalars = Array(text.unicodeScalars)
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[tag.sentenceSpan])
        return String(view)
    }

    func testSpecExampleGivesThreeTagsWithIntensitiesAndOneEvidence() {
        let text = "She said nobody ever waits for her #abandonment and laughed it off #humor? #isolation-of-affects!"
        let tags = InlineTagParser.parse(text)
        XCTAssertEqual(tags.map(\.slug), ["abandonment", "humor", "isolation-of-affects"])
        XCTAssertEqual(tags.map(\.intensity), [2, 1, 3])
        XCTAssertEqual(tags.map { token(text, $0) }, ["#abandonment", "#humor?", "#isolation-of-affects!"])
        for tag in tags {
            XCTAssertEqual(tag.evidence, "She said nobody ever waits for her and laughed it off")
        }
    }

    func testFindsTagsWhereCliniciansPutThem() {
        let cases: [(String, [String])] = [
            ("#shame at the start.", ["shame"]),
            ("At the end #shame", ["shame"]),
            ("She laughed (#humor) and left.", ["humor"]),
            ("She laughed #humor, then left.", ["humor"]),
            ("She laughed #humor; then left.", ["humor"]),
            ("Two tags #shame #envy here.", ["shame", "envy"]),
            ("Glued tags #shame#envy here.", ["shame", "envy"]),
            ("Glued with marks #shame?#envy! here.", ["shame", "envy"]),
            ("In quotes \"#rivalry\" too.", ["rivalry"]),
            ("After a dash —#loss and more.", ["loss"]),
            ("Underscore #fear_of_dependency ok.", ["fear_of_dependency"]),
            ("Digits inside #level2 ok.", ["level2"]),
            ("Trailing hyphens dropped #envy-- then.", ["envy"]),
            ("Case folded #Humor and #SHAME.", ["humor", "shame"]),
        ]
        for (text, expected) in cases {
            XCTAssertEqual(slugs(text), expected, text)
        }
    }

    func testIgnoresHashesThatAreNotTags() {
        let cases = [
            "She is #1 in her class.",
            "He codes in C# and plays F# minor.",
            "See http://example.org/#frag for the article.",
            "Look at https://example.org/page#section today.",
            "The site www.example.org#anchor again.",
            "Bare link example.com/#dream stays text.",
            "A lone # sign.",
            "Markdown ## heading and ###deep.",
            "Entity &#38; and &#x27; stay text.",
            "Ending with a hash #",
            "Emoji after hash #😀 is not a slug.",
            "Hyphen first #-x no.",
            "",
        ]
        for text in cases {
            XCTAssertEqual(slugs(text), [], text)
        }
    }

    func testIntensityComesFromTheMarkRightAfterTheSlug() {
        let cases: [(String, Int)] = [("#envy", 2), ("#envy?", 1), ("#envy!", 3), ("#envy?!", 1), ("#envy!!", 3), ("#envy.", 2)]
        for (text, intensity) in cases {
            XCTAssertEqual(InlineTagParser.parse(text).map(\.intensity), [intensity], text)
        }
    }

    func testCategoryPrefixIsRecordedAndNormalised() {
        let tags = InlineTagParser.parse("Joked #defense/humor and wished #ccrt_wish/to-be-loved, #CCRT-RO/rejecting.")
        XCTAssertEqual(tags.map(\.category), ["defense", "ccrt_wish", "ccrt_ro"])
        XCTAssertEqual(tags.map(\.slug), ["humor", "to-be-loved", "rejecting"])
        XCTAssertEqual(tags.map(\.tagCategory), [.defense, .ccrtWish, .ccrtRO])
    }

    func testUnknownCategoryIsKeptAsWrittenNotDropped() {
        let text = "She mixed them up #mother/father today."
        let tags = InlineTagParser.parse(text)
        XCTAssertEqual(tags.count, 1)
        XCTAssertEqual(tags.first?.category, "mother")
        XCTAssertEqual(tags.first?.slug, "father")
        XCTAssertNil(tags.first?.tagCategory)
        XCTAssertEqual(tags.first.map { token(text, $0) }, "#mother/father")
    }

    func testSlashWithoutSlugLeavesPlainTag() {
        let tags = InlineTagParser.parse("Mixed #defense/ 42.")
        XCTAssertEqual(tags.map(\.slug), ["defense"])
        XCTAssertEqual(tags.map(\.category), [nil])
    }

    func testUnicodeSlugsAndSpansSliceBackToTheToken() {
        let cases: [(String, [String], [String])] = [
            ("Zoë spoke of #scham\u{00E9}. Then #angst!", ["schamé", "angst"], ["#scham\u{00E9}", "#angst!"]),
            ("NFD accents #sche\u{0301}ma ok.", ["sch\u{00E9}ma"], ["#sche\u{0301}ma"]),
            ("王小明说他很孤独 #孤独。然后笑了 #humor", ["孤独", "humor"], ["#孤独", "#humor"]),
            ("😀👨‍👩‍👧 before #envy and after 🎉", ["envy"], ["#envy"]),
            ("Она сказала #Стыд и ушла.", ["стыд"], ["#Стыд"]),
            ("היא אמרה #בושה ושתקה.", ["בושה"], ["#בושה"]),
            ("قالت #خجل ثم صمتت.", ["خجل"], ["#خجل"]),
            ("Ο Νίκος #φθόνος? σιώπησε.", ["φθόνος"], ["#φθόνος?"]),
        ]
        for (text, expectedSlugs, expectedTokens) in cases {
            let tags = InlineTagParser.parse(text)
            XCTAssertEqual(tags.map(\.slug), expectedSlugs, text)
            XCTAssertEqual(tags.map { token(text, $0) }, expectedTokens, text)
        }
    }

    func testNFCAndNFDSpellingsGiveTheSameSlug() {
        let composed = InlineTagParser.parse("#Zo\u{00EB}").first?.slug
        let decomposed = InlineTagParser.parse("#Zoe\u{0308}").first?.slug
        XCTAssertEqual(composed.map { Array($0.unicodeScalars) }, decomposed.map { Array($0.unicodeScalars) })
        XCTAssertEqual(composed, "zo\u{00EB}")
    }

    func testSlashWithinAWordIsNotAURLWithoutADot() {
        XCTAssertEqual(slugs("She said yes/#no maybe."), ["no"])
    }

    func testHashAfterCombiningMarkIsPartOfTheWord() {
        XCTAssertEqual(slugs("Cafe\u{0301}#menu stays text."), [])
    }

    func testEachTagGetsItsOwnSentence() {
        let text = "She arrived late #resistance? Then she wept. Her mother never came #abandonment! Nothing else."
        let tags = InlineTagParser.parse(text)
        XCTAssertEqual(tags.map { sentence(text, $0) }, [
            "She arrived late #resistance? Then she wept.",
            "Her mother never came #abandonment! Nothing else.",
        ])
        XCTAssertEqual(tags.map(\.evidence), [
            "She arrived late Then she wept.",
            "Her mother never came Nothing else.",
        ])
    }

    func testSentenceBoundaries() {
        let cases: [(String, String)] = [
            ("First one. Second #x one. Third.", "Second one."),
            ("Really? She meant it #x! Right.", "She meant it Right."),
            ("She paused… then cried #x. Done.", "then cried."),
            ("他来了。她哭了 #x。好。", "她哭了。"),
            ("他来了！她哭了 #x？好。", "她哭了？"),
            ("Line one\nLine two #x\nLine three", "Line two"),
            ("Para one.\n\nPara two #x", "Para two"),
            ("It cost 2.5 times #x more. Next.", "It cost 2.5 times more."),
            ("See x.org today #x ok. Next.", "See x.org today ok."),
            ("Dr. Weber called #x again. Next.", "Dr. Weber called again."),
            ("She said \"no.\" He left #x. Next.", "He left."),
            ("- a list item #x\n- another item", "- a list item"),
            ("A sentence hard-wrapped by the\neditor goes on #x. Next.", "A sentence hard-wrapped by the editor goes on."),
            ("Windows line\r\nEnds here #x\r\nNext", "Ends here"),
        ]
        for (text, evidence) in cases {
            XCTAssertEqual(InlineTagParser.parse(text).map(\.evidence), [evidence], text)
        }
    }

    func testTagAfterTheFinalPeriodTagsTheSentenceBefore() {
        let cases: [(String, String)] = [
            ("Nobody ever waits for her. #abandonment", "Nobody ever waits for her."),
            ("Nobody ever waits for her. #abandonment Later she smiled.", "Later she smiled."),
            ("Nobody ever waits for her. #abandonment\nLater she smiled.", "Nobody ever waits for her."),
            ("Nobody ever waits for her.#abandonment", "Nobody ever waits for her."),
            ("Nobody ever waits for her. (#abandonment)", "Nobody ever waits for her."),
            ("Nobody ever waits for her.\n#abandonment\n\nNew paragraph.", "Nobody ever waits for her."),
            ("Nobody ever waits for her. 😢 #abandonment", "Nobody ever waits for her."),
            ("#dream\nI was on a train with no driver.", "I was on a train with no driver."),
            ("Intro.\n\n#dream\nI was on a train.", "I was on a train."),
        ]
        for (text, evidence) in cases {
            XCTAssertEqual(InlineTagParser.parse(text).map(\.evidence), [evidence], text)
        }
    }

    func testTagsAloneInTheNoteHaveEmptyEvidenceButAreKept() {
        let tags = InlineTagParser.parse("#shame #envy")
        XCTAssertEqual(tags.map(\.slug), ["shame", "envy"])
        XCTAssertEqual(tags.map(\.evidence), ["", ""])
        XCTAssertEqual(tags.first?.sentenceSpan, 0..<12)
    }

    func testEvidenceIsTidied() {
        let cases: [(String, String)] = [
            ("She   laughed\t(#humor)   and   left.", "She laughed and left."),
            ("She cried #grief.", "She cried."),
            ("She cried #grief , then stopped.", "She cried, then stopped."),
            ("Yes [#envy] no.", "Yes no."),
        ]
        for (text, evidence) in cases {
            XCTAssertEqual(InlineTagParser.parse(text).first?.evidence, evidence, text)
        }
    }

    func testSentenceSpanContainsTheTagOrPrecedesIt() {
        let text = "Opening words. She froze #dissociation! Then talked about Søren #rivalry?\nLast line #x\n\n#y"
        for tag in InlineTagParser.parse(text) {
            XCTAssertTrue(tag.sentenceSpan.lowerBound <= tag.span.lowerBound || tag.sentenceSpan.upperBound <= tag.span.lowerBound, tag.slug)
            XCTAssertTrue(token(text, tag).hasPrefix("#"))
        }
    }

    func testSurvivesAdversarialInputWithEveryTagFound() {
        let hugeLine = String(repeating: "word ", count: 200_000) + "#end"
        XCTAssertEqual(slugs(hugeLine), ["end"])

        let manyTags = (0..<10_000).map { "#t\($0)" }.joined(separator: " ")
        let parsed = InlineTagParser.parse(manyTags)
        XCTAssertEqual(parsed.count, 10_000)
        XCTAssertEqual(parsed.last?.slug, "t9999")

        let storm = "#a" + String(repeating: "\u{0301}", count: 100_000) + " tail."
        XCTAssertEqual(InlineTagParser.parse(storm).first?.span, 0..<100_002)

        let mixedStorm = "#a" + String(repeating: "\u{0316}\u{0301}", count: 50_000) + " tail."
        let stormTag = InlineTagParser.parse(mixedStorm)
        XCTAssertEqual(stormTag.first?.span, 0..<100_002)
        XCTAssertEqual(stormTag.first?.slug.unicodeScalars.count, 100_001, "kept as typed, not normalised")

        let dots = String(repeating: ".", count: 300_000) + "x #tag"
        XCTAssertEqual(slugs(dots), ["tag"])

        let hashes = String(repeating: "#", count: 300_000) + "a"
        XCTAssertEqual(slugs(hashes), [])

        let newlines = String(repeating: "\n", count: 300_000) + "#tag"
        XCTAssertEqual(slugs(newlines), ["tag"])
    }
}
