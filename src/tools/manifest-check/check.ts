/**
 * Offline structural check of the add-in-only (XML) manifest of a task pane add-in.
 * It does not replace `office-addin-manifest validate` (which needs the internet); it catches
 * the mistakes that most often stop an add-in from loading: bad XML, elements out of
 * order, undefined resource ids, non-https URLs, missing or wrongly sized icons.
 */
import { existsSync, readFileSync } from "node:fs";
import { isAbsolute, relative, resolve } from "node:path";
import { parseXml, walk, type XmlElement } from "./xml";
import { pngSize } from "./png";
import {
  MAX_LONG_STRING,
  MAX_RESOURCE_ID,
  MAX_SHORT_STRING,
  NS,
  ORDER,
  PERMISSIONS,
  RESID_KIND,
  URL_ELEMENTS,
  type ResourceKind,
} from "./schema";

export interface Problem {
  line: number;
  column: number;
  message: string;
}

export interface CheckOptions {
  /** Folder that the URL paths map to (the repository root): ".../assets/icon-16.png" → rootDir/assets/icon-16.png. */
  rootDir: string;
  /** URL prefix that stands for rootDir; other URLs map by their path. Default "https://localhost:3000/". */
  baseUrl?: string;
}

interface Resource {
  id: string;
  kind: ResourceKind;
  el: XmlElement;
}

interface IconUse {
  url: string;
  /** Element holding the URL; its line is reported. */
  el: XmlElement;
  /** Pixel sizes the manifest asks for, each with the reason. */
  sizes: Map<number, string>;
}

const GUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
const VERSION = /^\d{1,5}\.\d{1,5}\.\d{1,5}\.\d{1,5}$/;
const RESOURCE_KINDS: readonly string[] = ["Images", "Urls", "ShortStrings", "LongStrings"];

export function checkManifest(source: string, options: CheckOptions): Problem[] {
  const parsed = parseXml(source);
  if (!parsed.ok) {
    return [
      {
        line: parsed.line,
        column: parsed.column,
        message: `not well-formed XML: ${parsed.message}`,
      },
    ];
  }
  const problems: Problem[] = [];
  const report = (el: XmlElement, message: string): void => {
    problems.push({ line: el.line, column: el.column, message: `<${el.name}> ${message}` });
  };
  const root = parsed.root;
  if (root.name !== "OfficeApp") {
    report(root, "root element must be <OfficeApp>");
    return problems;
  }
  checkRoot(root, report);
  checkNamespaces(root, report);
  checkOrder(root, report);
  checkValues(root, report);
  const resources = checkResources(root, report);
  checkResids(root, resources, report);
  checkUrls(root, report);
  checkIcons(root, resources, options, report);
  return problems.sort((a, b) => a.line - b.line || a.column - b.column);
}

type Report = (el: XmlElement, message: string) => void;

function checkRoot(root: XmlElement, report: Report): void {
  const expect: Array<[string, string]> = [
    ["xmlns", NS.officeApp],
    ["xmlns:xsi", NS.xsi],
    ["xsi:type", "TaskPaneApp"],
  ];
  for (const [attr, value] of expect) {
    if (root.attrs[attr] !== value) {
      report(
        root,
        `attribute ${attr} must be "${value}" (found ${JSON.stringify(root.attrs[attr] ?? null)})`
      );
    }
  }
}

/** Namespace of an element, resolved through the xmlns declarations of it and its ancestors. */
function namespaceOf(el: XmlElement, ancestors: XmlElement[]): string | undefined {
  const colon = el.name.indexOf(":");
  const key = colon >= 0 ? `xmlns:${el.name.slice(0, colon)}` : "xmlns";
  for (const scope of [el, ...[...ancestors].reverse()]) {
    const ns = scope.attrs[key];
    if (ns !== undefined) return ns;
  }
  return undefined;
}

const BASIC_TYPE_NAMES = new Set([
  "Images",
  "Urls",
  "ShortStrings",
  "LongStrings",
  "Image",
  "Url",
  "String",
]);

function checkNamespaces(root: XmlElement, report: Report): void {
  walk(root, (el, ancestors) => {
    const ns = namespaceOf(el, ancestors);
    if (el.name.includes(":") && ns === undefined) {
      report(el, `uses prefix "${el.name.split(":")[0]}" that is not declared`);
    } else if (el.local === "VersionOverrides" && ns !== NS.taskpaneOverrides) {
      report(el, `must be in namespace ${NS.taskpaneOverrides}`);
    } else if (
      BASIC_TYPE_NAMES.has(el.local) &&
      ancestors.some((a) => a.local === "VersionOverrides") &&
      ns !== NS.basicTypes
    ) {
      report(el, `must be in namespace ${NS.basicTypes} (usually the bt: prefix)`);
    }
  });
}

function checkOrder(root: XmlElement, report: Report): void {
  walk(root, (el, ancestors) => {
    const parent = ancestors[ancestors.length - 1];
    const rule = (parent && ORDER[`${parent.local}/${el.local}`]) ?? ORDER[el.local];
    if (!rule) return;
    let furthest = -1;
    let furthestName = "";
    for (const child of el.children) {
      const index = rule.sequence.indexOf(child.local);
      if (index < 0) {
        report(child, `is not expected inside <${el.name}> (line ${el.line})`);
      } else if (index < furthest) {
        report(child, `is out of order: it must come before <${furthestName}> inside <${el.name}>`);
      } else {
        furthest = index;
        furthestName = child.name;
      }
    }
    for (const name of rule.required ?? []) {
      if (!el.children.some((c) => c.local === name))
        report(el, `lacks the required child <${name}>`);
    }
  });
}

function child(el: XmlElement, local: string): XmlElement | undefined {
  return el.children.find((c) => c.local === local);
}

function checkValues(root: XmlElement, report: Report): void {
  const id = child(root, "Id");
  if (id && !GUID.test(id.text))
    report(id, `must be a GUID like 8-4-4-4-12 hex digits (found "${id.text}")`);
  const version = child(root, "Version");
  if (version && !VERSION.test(version.text))
    report(version, `must be four numbers n.n.n.n (found "${version.text}")`);
  const permissions = child(root, "Permissions");
  if (permissions && !PERMISSIONS.includes(permissions.text)) {
    report(permissions, `must be one of ${PERMISSIONS.join(", ")} (found "${permissions.text}")`);
  }
  const locale = child(root, "DefaultLocale");
  if (locale && !/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(locale.text)) {
    report(locale, `must be a culture name such as id-ID (found "${locale.text}")`);
  }
  for (const [name, max] of [
    ["DisplayName", MAX_SHORT_STRING],
    ["Description", MAX_LONG_STRING],
  ] as const) {
    const el = child(root, name);
    if (el) checkLengths(el, max, report);
  }
}

/** DefaultValue of `el` and Value of its Override children must not exceed `max` characters. */
function checkLengths(el: XmlElement, max: number, report: Report): void {
  const values: Array<[XmlElement, string | undefined]> = [
    [el, el.attrs["DefaultValue"]],
    ...el.children
      .filter((c) => c.local === "Override")
      .map((o): [XmlElement, string | undefined] => [o, o.attrs["Value"]]),
  ];
  for (const [owner, value] of values) {
    if (value !== undefined && value.length > max) {
      report(owner, `text is ${value.length} characters, more than the ${max} allowed`);
    }
  }
}

function checkResources(root: XmlElement, report: Report): Map<string, Resource> {
  const found = new Map<string, Resource>();
  walk(root, (el, ancestors) => {
    const parent = ancestors[ancestors.length - 1];
    const grandparent = ancestors[ancestors.length - 2];
    if (!parent || grandparent?.local !== "Resources" || !RESOURCE_KINDS.includes(parent.local))
      return;
    const kind = parent.local as ResourceKind;
    const id = el.attrs["id"];
    if (id === undefined) {
      report(el, "has no id attribute");
      return;
    }
    if (id.length > MAX_RESOURCE_ID)
      report(el, `id "${id}" is ${id.length} characters, more than ${MAX_RESOURCE_ID}`);
    const earlier = found.get(id);
    if (earlier) report(el, `id "${id}" is already defined on line ${earlier.el.line}`);
    else found.set(id, { id, kind, el });
    if (kind === "ShortStrings") checkLengths(el, MAX_SHORT_STRING, report);
    if (kind === "LongStrings") checkLengths(el, MAX_LONG_STRING, report);
  });
  return found;
}

function checkResids(root: XmlElement, resources: Map<string, Resource>, report: Report): void {
  walk(root, (el) => {
    const resid = el.attrs["resid"];
    if (resid === undefined) return;
    const resource = resources.get(resid);
    if (!resource) {
      report(el, `resid "${resid}" is not defined in <Resources>`);
      return;
    }
    const wanted = RESID_KIND[el.local];
    if (wanted && wanted !== resource.kind) {
      report(
        el,
        `resid "${resid}" must point into bt:${wanted}, but it is defined in bt:${resource.kind} (line ${resource.el.line})`
      );
    }
  });
}

/** DefaultValue of `el` and the Value of each of its Override children, with the element holding it. */
function valuesOf(el: XmlElement): Array<{ el: XmlElement; url: string }> {
  const out: Array<{ el: XmlElement; url: string }> = [];
  const value = el.attrs["DefaultValue"];
  if (value !== undefined) out.push({ el, url: value });
  for (const o of el.children) {
    const v = o.attrs["Value"];
    if (o.local === "Override" && v !== undefined) out.push({ el: o, url: v });
  }
  return out;
}

/** Every URL in the manifest, with the element holding it. */
function urlsOf(root: XmlElement): Array<{ el: XmlElement; url: string }> {
  const out: Array<{ el: XmlElement; url: string }> = [];
  walk(root, (el, ancestors) => {
    const parent = ancestors[ancestors.length - 1];
    const inOverrides = ancestors.some((a) => a.local === "VersionOverrides");
    const inResources = ancestors.some((a) => a.local === "Resources");
    if (!inOverrides && el.local in URL_ELEMENTS) out.push(...valuesOf(el));
    else if (inResources && (parent?.local === "Images" || parent?.local === "Urls"))
      out.push(...valuesOf(el));
    else if (el.local === "AppDomain") out.push({ el, url: el.text });
  });
  return out;
}

function checkUrls(root: XmlElement, report: Report): void {
  for (const { el, url } of urlsOf(root)) {
    let protocol: string;
    try {
      protocol = new URL(url).protocol;
    } catch {
      report(el, `URL is not valid: "${url}"`);
      continue;
    }
    if (protocol !== "https:") report(el, `URL must use https: "${url}"`);
  }
}

function checkIcons(
  root: XmlElement,
  resources: Map<string, Resource>,
  options: CheckOptions,
  report: Report
): void {
  const uses: IconUse[] = [];
  const byResource = new Map<string, IconUse[]>();
  const add = (holder: XmlElement, size: number | undefined, why: string): IconUse[] =>
    valuesOf(holder).map(({ el, url }) => {
      const use: IconUse = { url, el, sizes: new Map() };
      if (size !== undefined) use.sizes.set(size, why);
      uses.push(use);
      return use;
    });
  for (const name of ["IconUrl", "HighResolutionIconUrl"]) {
    const el = child(root, name);
    const size = URL_ELEMENTS[name]?.iconSize;
    if (el) add(el, size, `<${name}> needs ${size}x${size}`);
  }
  for (const resource of resources.values()) {
    if (resource.kind === "Images") byResource.set(resource.id, add(resource.el, undefined, ""));
  }
  // Sizes requested by <Icon><bt:Image size="16" resid="..."/></Icon>.
  walk(root, (el, ancestors) => {
    const size = Number(el.attrs["size"]);
    const resid = el.attrs["resid"];
    if (
      ancestors[ancestors.length - 1]?.local !== "Icon" ||
      el.local !== "Image" ||
      !resid ||
      !Number.isInteger(size)
    )
      return;
    for (const use of byResource.get(resid) ?? []) {
      if (!use.sizes.has(size))
        use.sizes.set(size, `it is used as size="${size}" on line ${el.line}`);
    }
  });
  for (const use of uses) {
    const named = /icon-(\d+)\.png$/i.exec(use.url.split(/[?#]/)[0] ?? "")?.[1];
    if (named && !use.sizes.has(Number(named)))
      use.sizes.set(Number(named), `its file name says ${named}x${named}`);
    checkIconFile(use, options, report);
  }
}

function iconPath(url: string, options: CheckOptions): string | undefined {
  const baseUrl = options.baseUrl ?? "https://localhost:3000/";
  let rel: string;
  try {
    rel = url.startsWith(baseUrl)
      ? url.slice(baseUrl.length)
      : new URL(url).pathname.replace(/^\/+/, "");
  } catch {
    return undefined;
  }
  rel = decodeURIComponent(rel.split(/[?#]/)[0] ?? "");
  const full = resolve(options.rootDir, rel);
  const inside = relative(resolve(options.rootDir), full);
  return inside.startsWith("..") || isAbsolute(inside) ? undefined : full;
}

function checkIconFile(use: IconUse, options: CheckOptions, report: Report): void {
  const file = iconPath(use.url, options);
  if (file === undefined) return; // an invalid URL is reported by checkUrls
  const shown = relative(resolve(options.rootDir), file).split("\\").join("/");
  if (!existsSync(file)) {
    report(use.el, `icon file not found: ${shown} (from "${use.url}")`);
    return;
  }
  const size = pngSize(readFileSync(file));
  if (!size) {
    report(use.el, `icon file is not a PNG: ${shown}`);
    return;
  }
  for (const [expected, why] of use.sizes) {
    if (size.width !== expected || size.height !== expected) {
      report(use.el, `icon ${shown} is ${size.width}x${size.height} pixels, but ${why}`);
    }
  }
}

/** "file:line:column: message", the form editors and CI logs link to. */
export function formatProblem(file: string, problem: Problem): string {
  return `${file}:${problem.line}:${problem.column}: ${problem.message}`;
}
