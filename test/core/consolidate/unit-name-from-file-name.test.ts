import { unitNameFromFileName } from "../../../src/core/consolidate";

const TITLES = ["防疫物资保障统计表", "物资保障统计表"];

describe("unitNameFromFileName", () => {
  it.each([
    ["城关镇-防疫物资保障统计表-2月20日.xlsx", ["城关镇"]],
    ["城关镇防疫物资保障统计表（2023年2月20日）.xlsx", ["城关镇"]],
    ["2023-02-20 东城街道 报表.xlsx", ["东城街道"]],
    ["20230220_西门社区_汇总.xlsx", ["西门社区"]],
    ["县统计局.xlsx", ["县统计局"]],
    ["C:\\报表\\2月\\城关镇报表 - 副本 (2).xlsx", ["城关镇"]],
    ["/home/clerk/东城街道(终稿).xls", ["东城街道"]],
  ])("finds the unit in %s", (file, expected) => {
    expect(unitNameFromFileName(file, TITLES)).toEqual(expected);
  });

  it("keeps the pieces in order when several remain", () => {
    expect(unitNameFromFileName("城关镇-张三-防疫物资保障统计表.xlsx", TITLES)).toEqual(["城关镇", "张三"]);
  });

  describe("edge cases", () => {
    it("gives nothing when only the title and a date are left", () => {
      expect(unitNameFromFileName("防疫物资保障统计表2月20日.xlsx", TITLES)).toEqual([]);
    });

    it("works without titles", () => {
      expect(unitNameFromFileName("城关镇.xlsx")).toEqual(["城关镇"]);
    });
  });
});
