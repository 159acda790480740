/**
 * What the manifest schema demands, as far as this check looks. Element orders follow the
 * Office docs page "How to find the proper order of manifest elements" (task pane add-in
 * and "Task pane add-in element ordering within VersionOverrides"), which mirrors the
 * xs:sequence of the XSDs. Names are local names (prefix removed).
 */

export const NS = {
  officeApp: "http://schemas.microsoft.com/office/appforoffice/1.1",
  xsi: "http://www.w3.org/2001/XMLSchema-instance",
  basicTypes: "http://schemas.microsoft.com/office/officeappbasictypes/1.0",
  taskpaneOverrides: "http://schemas.microsoft.com/office/taskpaneappversionoverrides",
} as const;

export interface OrderRule {
  /** Children in the order they must appear; each may be optional or repeated unless noted. */
  sequence: readonly string[];
  /** Children that must be present. */
  required?: readonly string[];
}

/**
 * Keyed by "Parent" or "Grandparent/Parent" (the more specific key wins).
 * Parents not listed here are not order-checked.
 */
export const ORDER: Record<string, OrderRule> = {
  OfficeApp: {
    sequence: [
      "Id",
      "AlternateId",
      "Version",
      "ProviderName",
      "DefaultLocale",
      "DisplayName",
      "Description",
      "IconUrl",
      "HighResolutionIconUrl",
      "SupportUrl",
      "AppDomains",
      "Hosts",
      "Requirements",
      "DefaultSettings",
      "Permissions",
      "Dictionary",
      "VersionOverrides",
      "ExtendedOverrides",
    ],
    required: [
      "Id",
      "Version",
      "ProviderName",
      "DefaultLocale",
      "DisplayName",
      "Description",
      "DefaultSettings",
      "Permissions",
    ],
  },
  "OfficeApp/Requirements": { sequence: ["Sets", "Methods"] },
  "OfficeApp/DefaultSettings": {
    sequence: ["SourceLocation", "RequestedWidth", "RequestedHeight"],
    required: ["SourceLocation"],
  },
  VersionOverrides: {
    sequence: [
      "Description",
      "Requirements",
      "Hosts",
      "Resources",
      "WebApplicationInfo",
      "EquivalentAddins",
    ],
  },
  "Hosts/Host": { sequence: ["Runtimes", "AllFormFactors", "DesktopFormFactor"] },
  DesktopFormFactor: { sequence: ["GetStarted", "FunctionFile", "ExtensionPoint"] },
  GetStarted: {
    sequence: ["Title", "Description", "LearnMoreUrl"],
    required: ["Title", "Description"],
  },
  OfficeTab: { sequence: ["Group"] },
  Group: { sequence: ["OverriddenByRibbonApi", "Label", "Icon", "Control"] },
  Control: {
    sequence: ["OverriddenByRibbonApi", "Label", "Supertip", "Icon", "Action", "Enabled", "Items"],
  },
  Supertip: { sequence: ["Title", "Description"], required: ["Title", "Description"] },
  Action: { sequence: ["TaskpaneId", "SourceLocation", "Title", "FunctionName"] },
  Resources: { sequence: ["Images", "Urls", "ShortStrings", "LongStrings"] },
};

export const PERMISSIONS = [
  "Restricted",
  "ReadDocument",
  "ReadAllDocument",
  "WriteDocument",
  "ReadWriteDocument",
];

export const MAX_RESOURCE_ID = 32;
export const MAX_SHORT_STRING = 125;
export const MAX_LONG_STRING = 250;

/** The Resources collection each kind of referencing element must point into. */
export type ResourceKind = "Images" | "Urls" | "ShortStrings" | "LongStrings";
export const RESID_KIND: Record<string, ResourceKind> = {
  Image: "Images",
  SourceLocation: "Urls",
  FunctionFile: "Urls",
  LearnMoreUrl: "Urls",
  Label: "ShortStrings",
  Title: "ShortStrings",
  Description: "LongStrings",
};

/** Base-manifest elements whose DefaultValue (and Override Value) is a URL; icon ones carry their pixel size. */
export const URL_ELEMENTS: Record<string, { iconSize?: number }> = {
  IconUrl: { iconSize: 32 },
  HighResolutionIconUrl: { iconSize: 64 },
  SupportUrl: {},
  SourceLocation: {},
};
