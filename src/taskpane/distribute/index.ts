export { DistributePanel } from "./DistributePanel";
export { distributionZip } from "./distribution-zip";
export type { DistributionZip, DistributionZipRequest, PageWorkbook } from "./distribution-zip";
