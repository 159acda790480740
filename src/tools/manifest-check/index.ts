/** Offline structural check of manifest.xml; see docs/manifest.md. */
export { checkManifest, formatProblem, type CheckOptions, type Problem } from "./check";
export { pngSize, type PngSize } from "./png";
export { parseXml, type XmlElement } from "./xml";
