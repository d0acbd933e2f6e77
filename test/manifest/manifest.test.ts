import * as fs from "node:fs";
import * as path from "node:path";
import { SaxesParser } from "saxes";
import { MANIFEST_FLOOR } from "../_support/strict-excel/strict-excel";

/**
 * An offline check of manifest.xml: what Office needs to load the add-in, and that every URL it
 * names is a file of the build. The build check reads dist/ (`npm test` builds first); set DIST_DIR
 * to check another output folder.
 */

interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const root = path.resolve(__dirname, "../..");
const manifestPath = path.join(root, "manifest.xml");
const distDir = process.env.DIST_DIR ? path.resolve(process.env.DIST_DIR) : path.join(root, "dist");
const DEV_SERVER = "https://localhost:3000/";

function parseXml(xml: string): XmlElement {
  const parser = new SaxesParser();
  const stack: XmlElement[] = [];
  let top: XmlElement | undefined;
  parser.on("opentag", (tag) => {
    const element: XmlElement = { name: tag.name, attributes: tag.attributes as Record<string, string>, children: [], text: "" };
    if (stack.length > 0) stack[stack.length - 1].children.push(element);
    else top = element;
    stack.push(element);
  });
  parser.on("text", (text) => {
    if (stack.length > 0) stack[stack.length - 1].text += text;
  });
  parser.on("closetag", () => void stack.pop());
  parser.write(xml).close();
  if (!top) throw new Error("manifest.xml has no root element");
  return top;
}

function all(element: XmlElement, name: string): XmlElement[] {
  const found: XmlElement[] = [];
  const walk = (e: XmlElement) => {
    if (e.name === name) found.push(e);
    e.children.forEach(walk);
  };
  walk(element);
  return found;
}

function one(element: XmlElement, name: string): XmlElement {
  const found = all(element, name);
  expect(found.map((e) => e.name)).toEqual([name]);
  return found[0];
}

function child(element: XmlElement, name: string): XmlElement | undefined {
  return element.children.find((c) => c.name === name);
}

/** The URLs the manifest points Office at: DefaultValue of URL elements and of resources. */
function urlsOf(manifest: XmlElement): string[] {
  const named = ["IconUrl", "HighResolutionIconUrl", "SourceLocation", "bt:Image", "bt:Url"].flatMap((n) => all(manifest, n));
  return named.map((e) => e.attributes.DefaultValue).filter((v): v is string => Boolean(v));
}

function pngSize(file: string): { width: number; height: number } {
  const bytes = fs.readFileSync(file);
  expect(bytes.subarray(1, 4).toString("ascii")).toBe("PNG");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

const manifest = parseXml(fs.readFileSync(manifestPath, "utf8"));

describe("manifest.xml", () => {
  it("is a task-pane add-in for Excel workbooks with a GUID id, a four-part version and read/write access", () => {
    expect(manifest.name).toBe("OfficeApp");
    expect(manifest.attributes["xsi:type"]).toBe("TaskPaneApp");
    expect(one(manifest, "Id").text.trim()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i);
    expect(one(manifest, "Version").text.trim()).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(child(child(manifest, "Hosts")!, "Host")?.attributes.Name).toBe("Workbook");
    expect(one(manifest, "Permissions").text.trim()).toBe("ReadWriteDocument");
    expect(one(manifest, "ProviderName").text.trim()).not.toBe("");
  });

  it("speaks Chinese by default with an English override", () => {
    expect(one(manifest, "DefaultLocale").text.trim()).toBe("zh-CN");
    const name = one(manifest, "DisplayName");
    expect(name.attributes.DefaultValue).toBe("汇报通");
    expect(child(name, "Override")?.attributes).toMatchObject({ Locale: "en-US" });
    expect(child(manifest, "Description")!.attributes.DefaultValue.length).toBeLessThanOrEqual(250);
  });

  it("asks for the ExcelApi floor the strict Excel fake tests at, which README names", () => {
    const set = all(manifest, "Set").find((s) => s.attributes.Name === "ExcelApi");
    expect(set?.attributes.MinVersion).toBe(MANIFEST_FLOOR);
    expect(fs.readFileSync(path.resolve(__dirname, "../../README.md"), "utf8")).toContain(`ExcelApi ${MANIFEST_FLOOR}`);
  });

  it("puts an 打开汇报通 button that shows the task pane in a 汇报通 group on the Home tab", () => {
    const strings = new Map(all(manifest, "bt:String").map((s) => [s.attributes.id, s.attributes.DefaultValue]));
    const tab = one(manifest, "OfficeTab");
    expect(tab.attributes.id).toBe("TabHome");
    const group = one(tab, "Group");
    expect(strings.get(child(group, "Label")!.attributes.resid)).toBe("汇报通");
    const button = all(group, "Control").find((c) => c.attributes["xsi:type"] === "Button")!;
    expect(strings.get(child(button, "Label")!.attributes.resid)).toBe("打开汇报通");
    const action = one(button, "Action");
    expect(action.attributes["xsi:type"]).toBe("ShowTaskpane");
    const urls = new Map(all(manifest, "bt:Url").map((u) => [u.attributes.id, u.attributes.DefaultValue]));
    expect(urls.get(child(action, "SourceLocation")!.attributes.resid)).toBe(DEV_SERVER + "taskpane.html");
    expect(urls.get(one(manifest, "FunctionFile").attributes.resid)).toBe(DEV_SERVER + "commands.html");
  });

  it("defines every resource id it refers to, and uses every one it defines", () => {
    const resources = one(manifest, "Resources");
    const defined = ["bt:Image", "bt:Url", "bt:String"].flatMap((n) => all(resources, n)).map((e) => e.attributes.id);
    const referenced = new Set<string>();
    const walk = (e: XmlElement) => {
      if (e.attributes.resid) referenced.add(e.attributes.resid);
      e.children.forEach(walk);
    };
    walk(manifest);
    expect(new Set(defined).size).toBe(defined.length);
    expect([...referenced].filter((id) => !defined.includes(id))).toEqual([]);
    expect(defined.filter((id) => !referenced.has(id))).toEqual([]);
  });

  it("names icons that exist in assets/ at the size their name says", () => {
    const icons = urlsOf(manifest).filter((u) => u.startsWith(DEV_SERVER + "assets/"));
    expect(icons.length).toBeGreaterThanOrEqual(5);
    for (const url of icons) {
      const file = path.join(root, url.slice(DEV_SERVER.length));
      expect(fs.existsSync(file)).toBe(true);
      const size = Number(/icon-(\d+)\.png$/.exec(url)![1]);
      expect(pngSize(file)).toEqual({ width: size, height: size });
    }
    expect(pngSize(path.join(root, "assets/logo-filled.png"))).toEqual({ width: 80, height: 80 });
  });

  it("points every dev-server URL at a file of the build (run `npm run build` first)", () => {
    if (!fs.existsSync(distDir)) throw new Error(`${distDir} does not exist: run npm run build first (npm test does).`);
    const missing = urlsOf(manifest)
      .filter((u) => u.startsWith(DEV_SERVER))
      .map((u) => u.slice(DEV_SERVER.length).split(/[?#]/)[0])
      .filter((file) => !fs.existsSync(path.join(distDir, file)));
    if (missing.length > 0) throw new Error(`not in ${distDir} (run npm run build first): ${[...new Set(missing)].join(", ")}`);
    expect(fs.existsSync(path.join(distDir, "manifest.xml"))).toBe(true);
  });

  describe("edge cases", () => {
    it("keeps every URL on https", () => {
      for (const url of urlsOf(manifest)) expect(url).toMatch(/^https:\/\//);
    });

    it("keeps ribbon labels within Office's 125-character short-string limit", () => {
      for (const s of all(one(manifest, "bt:ShortStrings"), "bt:String")) expect(s.attributes.DefaultValue.length).toBeLessThanOrEqual(125);
    });
  });
});
