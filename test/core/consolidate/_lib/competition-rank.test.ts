import { competitionRank } from "../../../../src/core/consolidate/_lib/competition-rank";
import { seededRandom } from "../../../../src/cli/_lib/seeded-random";

/** The rank as clerks define it, counted the plain way: one more than the number of values above. */
function plainRank(values: ReadonlyArray<number | undefined>): Array<number | undefined> {
  return values.map((v) => (v === undefined ? undefined : 1 + values.filter((o) => o !== undefined && o > v).length));
}

function cpuOf(work: () => void): number {
  const start = process.cpuUsage();
  work();
  const used = process.cpuUsage(start);
  return used.user + used.system;
}

describe("competitionRank", () => {
  it("ranks largest first, equals sharing a rank and the next skipping (1, 1, 3)", () => {
    expect(competitionRank([5, 9, 9, 1])).toEqual([3, 1, 1, 4]);
  });

  it("gives the rank counted the plain way for any values, ties and gaps included", () => {
    const random = seededRandom(17);
    for (let n = 0; n < 200; n++) {
      const values = Array.from({ length: 1 + Math.floor(random() * 30) }, () => (random() < 0.15 ? undefined : Math.floor(random() * 8) - 2));
      expect(competitionRank(values)).toEqual(plainRank(values));
    }
  });

  it("ranks 4× as many units with about 4× the work, not 16× (2,000 units' 分单位明细)", () => {
    const random = seededRandom(4);
    const values = (n: number) => Array.from({ length: n }, () => Math.round(random() * 1000) / 10);
    const small = values(3000);
    const large = values(12000);
    competitionRank(small);
    const best = (v: number[]) => Math.min(...[0, 1, 2].map(() => cpuOf(() => void competitionRank(v))));
    expect(best(large) / best(small)).toBeLessThan(8);
  });

  describe("edge cases", () => {
    it("gives no rank to a unit without the figure, and none to an empty list", () => {
      expect(competitionRank([undefined, 3, undefined])).toEqual([undefined, 1, undefined]);
      expect(competitionRank([])).toEqual([]);
    });
  });
});
