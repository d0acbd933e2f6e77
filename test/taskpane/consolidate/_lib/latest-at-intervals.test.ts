import { latestAtIntervals } from "../../../../src/taskpane/consolidate/_lib/latest-at-intervals";

describe("latestAtIntervals", () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it("hands on the first value at once, then the latest of each interval, and nothing when nothing came", () => {
    const seen: number[] = [];
    const latest = latestAtIntervals((n: number) => seen.push(n), 100);
    latest.push(1);
    latest.push(2);
    latest.push(3);
    expect(seen).toEqual([1]);
    jest.advanceTimersByTime(100);
    expect(seen).toEqual([1, 3]);
    jest.advanceTimersByTime(100);
    expect(seen).toEqual([1, 3]);
    latest.push(4);
    expect(seen).toEqual([1, 3, 4]);
  });

  describe("edge cases", () => {
    it("flushes what waits at once, and only once", () => {
      const seen: number[] = [];
      const latest = latestAtIntervals((n: number) => seen.push(n), 100);
      latest.push(1);
      latest.push(2);
      latest.flush();
      expect(seen).toEqual([1, 2]);
      jest.advanceTimersByTime(500);
      latest.flush();
      expect(seen).toEqual([1, 2]);
    });

    it("forgets what waits when dropped", () => {
      const seen: number[] = [];
      const latest = latestAtIntervals((n: number) => seen.push(n), 100);
      latest.push(1);
      latest.push(2);
      latest.drop();
      jest.advanceTimersByTime(500);
      expect(seen).toEqual([1]);
    });
  });
});
