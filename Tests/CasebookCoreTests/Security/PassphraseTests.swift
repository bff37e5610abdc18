import XCTest
@testable import CasebookCore

final class PassphraseTests: XCTestCase {
    private func hex(_ bytes: [UInt8]) -> String { bytes.map { String(format: "%02x", $0) }.joined() }

    // NIST FIPS 180-2 examples.
    func testSHA256MatchesNISTVectorForABC() {
        XCTAssertEqual(hex(Passphrase.sha256(Array("abc".utf8))),
                       "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }

    func testSHA256MatchesNISTVectorFor448BitMessageSpanningTwoBlocks() {
        let message = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"
        XCTAssertEqual(hex(Passphrase.sha256(Array(message.utf8))),
                       "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    }

    func testSHA256OfEmptyMessage() {
        XCTAssertEqual(hex(Passphrase.sha256([])),
                       "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    }

    // RFC 4231 test cases 1, 2, 3 and 6.
    func testHMACSHA256MatchesRFC4231Vectors() {
        XCTAssertEqual(hex(Passphrase.hmacSHA256(key: [UInt8](repeating: 0x0b, count: 20), message: Array("Hi There".utf8))),
                       "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7")
        XCTAssertEqual(hex(Passphrase.hmacSHA256(key: Array("Jefe".utf8), message: Array("what do ya want for nothing?".utf8))),
                       "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843")
        XCTAssertEqual(hex(Passphrase.hmacSHA256(key: [UInt8](repeating: 0xaa, count: 20), message: [UInt8](repeating: 0xdd, count: 50))),
                       "773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe")
        XCTAssertEqual(hex(Passphrase.hmacSHA256(key: [UInt8](repeating: 0xaa, count: 131),
                                                 message: Array("Test Using Larger Than Block-Size Key - Hash Key First".utf8))),
                       "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54")
    }

    // RFC 7914 §11.
    func testPBKDF2MatchesRFC7914SingleIterationVector() {
        XCTAssertEqual(hex(Passphrase.pbkdf2SHA256(password: Array("passwd".utf8), salt: Array("salt".utf8), iterations: 1, keyLength: 64)),
                       "55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc"
                       + "49ca9cccf179b645991664b39d77ef317c71b845b1e30bd509112041d3a19783")
    }

    func testPBKDF2MatchesRFC7914EightyThousandIterationVector() {
        XCTAssertEqual(hex(Passphrase.pbkdf2SHA256(password: Array("Password".utf8), salt: Array("NaCl".utf8), iterations: 80_000, keyLength: 64)),
                       "4ddcd8f60b98be21830cee5ef22701f9641a4418d04c0414aeff08876b34ab56"
                       + "a1d425a1225833549adb841b51c9b3176a272bdebba1d078478f62b397f33c8d")
    }

    func testPBKDF2MatchesWidelyPublishedVectorWithTruncatedSecondBlock() {
        XCTAssertEqual(hex(Passphrase.pbkdf2SHA256(password: Array("passwordPASSWORDpassword".utf8),
                                                   salt: Array("saltSALTsaltSALTsaltSALTsaltSALTsalt".utf8), iterations: 4096, keyLength: 40)),
                       "348c89dbcbd32b2f32d814b8116e84cf2b17347ebc1800181c4e2a1fb8dd53e1c635518c7dac47e9")
    }

    func testNewPassphraseUsesAtLeast200000IterationsAndARandomSixteenByteSalt() throws {
        XCTAssertGreaterThanOrEqual(Passphrase.defaultIterations, 200_000)
        let a = Passphrase.make("quiet harbour", iterations: 10)
        let b = Passphrase.make("quiet harbour", iterations: 10)
        XCTAssertEqual(a.salt.count, 16)
        XCTAssertNotEqual(a.salt, b.salt, "two hashes of one passphrase must not share a salt")
        XCTAssertNotEqual(a.stored, b.stored)
        XCTAssertTrue(a.stored.hasPrefix("pbkdf2-sha256$10$"))
    }

    func testStoredStringRoundTripsAndAcceptsOnlyTheRightPassphrase() throws {
        let stored = Passphrase.make("quiet harbour", iterations: 50).stored
        XCTAssertTrue(try Passphrase.verify("quiet harbour", against: stored))
        XCTAssertFalse(try Passphrase.verify("quiet harbor", against: stored))
        XCTAssertFalse(try Passphrase.verify("", against: stored))
        XCTAssertEqual(try Passphrase(stored: stored).stored, stored)
    }

    func testComposedAndDecomposedAccentsAreTheSamePassphrase() throws {
        let stored = Passphrase.make("caf\u{E9}", iterations: 20).stored
        XCTAssertTrue(try Passphrase.verify("cafe\u{301}", against: stored))
    }

    func testMalformedStoredStringsAreRefusedWithAClearReason() {
        let good = Passphrase.make("x", iterations: 5).stored
        let parts = good.split(separator: "$").map(String.init)
        let cases: [(String, String)] = [
            ("", "4 parts"),
            ("pbkdf2-sha256$5$abc", "4 parts"),
            ("bcrypt$5$\(parts[2])$\(parts[3])", "unknown scheme"),
            ("pbkdf2-sha256$many$\(parts[2])$\(parts[3])", "iteration count"),
            ("pbkdf2-sha256$0$\(parts[2])$\(parts[3])", "iteration count"),
            ("pbkdf2-sha256$99999999999$\(parts[2])$\(parts[3])", "iteration count"),
            ("pbkdf2-sha256$5$!!!$\(parts[3])", "salt"),
            ("pbkdf2-sha256$5$\(parts[2])$not*base64", "hash"),
            ("pbkdf2-sha256$5$\(parts[2])$AAAA", "bytes"),
        ]
        for (stored, expected) in cases {
            XCTAssertThrowsError(try Passphrase.verify("x", against: stored), stored) { error in
                let message = "\(error)"
                XCTAssertTrue(message.contains(expected), "\(stored): \(message)")
                XCTAssertTrue(message.contains("set the passphrase again"), message)
            }
        }
    }
}
