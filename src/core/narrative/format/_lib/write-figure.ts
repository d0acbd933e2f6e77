import type { NumberQualifier } from "../formatted-number";
import type { ScaledFigure } from "./scale-figure";

/**
 * Puts a figure, its magnitude, its unit and a qualifier together the way clerks write them, with no
 * space anywhere:
 * - 近, 约 and 不足 go before the number: 近15万人次, 约930.95万元, 不足300人;
 * - 余 goes after the magnitude and before the unit: 20万余张, 300余人;
 * - 多 follows the grammar of 多: right after a whole number ending in 0 (20多万张, 300多人), but
 *   after the magnitude when the last digit is not 0 or there are decimals (12万多张, 1.5万多人,
 *   2亿多元), since "12多万" and "1.5多万" are not Chinese;
 * - 左右, 以上 and 以下 close the phrase: 300人左右, 5万元以上.
 */
export function writeFigure(figure: ScaledFigure, unit: string, qualifier?: NumberQualifier): string {
  const number = figure.sign + figure.digits;
  switch (qualifier) {
    case "近":
    case "约":
    case "不足":
      return `${qualifier}${number}${figure.magnitude}${unit}`;
    case "余":
      return `${number}${figure.magnitude}余${unit}`;
    case "多":
      return figure.magnitude === "" || /^\d*0$/.test(figure.digits)
        ? `${number}多${figure.magnitude}${unit}`
        : `${number}${figure.magnitude}多${unit}`;
    case "左右":
    case "以上":
    case "以下":
      return `${number}${figure.magnitude}${unit}${qualifier}`;
    case undefined:
      return `${number}${figure.magnitude}${unit}`;
  }
}
