import XCTest
@testable import CasebookTUI

final class BenchStatisticsTests: XCTestCase {
    func testMedianOfAnOddCountIsTheMiddleSampleWhateverTheOrder() throws {
        let statistics = try XCTUnwrap(BenchStatistics([9, 1, 5, 3, 7]))
        XCTAssertEqual(statistics.median, 5)
        XCTAssertEqual(statistics.count, 5)
    }

    func testMedianOfAnEvenCountAveragesTheTwoMiddleSamples() throws {
        XCTAssertEqual(try XCTUnwrap(BenchStatistics([4, 1, 3, 2])).median, 2.5)
    }

    func testP95IsTheNearestRankSoOneSlowRunInTwentyShowsOnlyFromTwentyOneOn() throws {
        let twenty = (1...19).map(Double.init) + [100]
        // Rank ceil(0.95 × 20) = 19: the slow outlier is the 20th and stays out of the p95.
        XCTAssertEqual(try XCTUnwrap(BenchStatistics(twenty)).p95, 19)
        let hundred = (1...100).map(Double.init)
        XCTAssertEqual(try XCTUnwrap(BenchStatistics(hundred)).p95, 95)
        XCTAssertEqual(try XCTUnwrap(BenchStatistics([2, 8])).p95, 8)
    }

    func testOneSampleIsItsOwnMedianAndP95AndNoSamplesIsNoStatistics() throws {
        let one = try XCTUnwrap(BenchStatistics([3.5]))
        XCTAssertEqual(one.median, 3.5)
        XCTAssertEqual(one.p95, 3.5)
        XCTAssertNil(BenchStatistics([]))
    }

    func testAMissedP95TargetIsAMissEvenWhenTheMedianIsFast() throws {
        let samples = Array(repeating: 10.0, count: 18) + [80, 90]
        let search = BenchMeasurement(
            name: "search", statistics: BenchStatistics(samples), targetMilliseconds: 20, targetP95Milliseconds: 50)
        XCTAssertEqual(search.meetsTarget, false)
        let steady = BenchMeasurement(name: "search", statistics: BenchStatistics([10, 12]), targetMilliseconds: 20,
                                      targetP95Milliseconds: 50)
        XCTAssertEqual(steady.meetsTarget, true)
        let unmeasured = BenchMeasurement(name: "first frame", statistics: nil, targetMilliseconds: 100)
        XCTAssertNil(unmeasured.meetsTarget)
    }
}
