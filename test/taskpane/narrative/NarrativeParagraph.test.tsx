/** @jest-environment jsdom */
import "../../_support/fluent-jsdom";
import "@testing-library/jest-dom";
import { screen, within } from "@testing-library/react";
import { entityPhrase, renderPlainText, sentence, type NarrativeSpec } from "../../../src/core/narrative";
import { NarrativeParagraph } from "../../../src/taskpane/narrative/NarrativeParagraph";
import { renderFluent } from "../../_support/render-fluent";

/** The paragraph's words without the ▲ ▼ pictures, which the plain text does not hold. */
const words = () => (screen.getByTestId("narrative-paragraph").textContent ?? "").replace(/[▲▼]/g, "");

function changesSpec(): NarrativeSpec {
  return {
    sections: [
      {
        sentences: [
          sentence(
            "全县发放宣传单",
            entityPhrase("number", { text: "20万余张", value: 203_000, qualifier: "余" }, { unit: "张", indicatorKey: "leaflets", source: { sheet: "汇总表", cell: "D7" } }),
            "，",
            entityPhrase("change", { text: "比上期增长12.3%", value: 12.3, trend: "up" }, { unit: "%" }),
          ),
          sentence("复工率", entityPhrase("change", { text: "比上期下降1.5个百分点", value: -1.5, trend: "down" }), "，"),
        ],
      },
      {
        title: "主要情况如下：",
        layout: "enumerated",
        sentences: [sentence("一类", entityPhrase("number", { text: "3个", value: 3 })), sentence("二类", entityPhrase("change", { text: "基本持平", trend: "flat" }))],
      },
    ],
  };
}

describe("NarrativeParagraph", () => {
  it("shows exactly the words renderPlainText writes, with the figures emphasised", () => {
    const spec = changesSpec();
    renderFluent(<NarrativeParagraph spec={spec} />);
    expect(words()).toBe(renderPlainText(spec));
    const figure = screen.getByText("20万余张");
    expect(figure.tagName).toBe("STRONG");
    expect(figure).toHaveAttribute("data-kind", "number");
    expect(figure.title).toContain("203000张");
    expect(figure.title).toContain("汇总表");
    expect(figure.title).toContain("D7");
  });

  it("marks a rise with a green ▲ and a fall with a red ▼, and a flat figure with neither", () => {
    renderFluent(<NarrativeParagraph spec={changesSpec()} />);
    const paragraph = screen.getByTestId("narrative-paragraph");
    const rise = paragraph.querySelector('[data-trend="up"]')!;
    const fall = paragraph.querySelector('[data-trend="down"]')!;
    expect(rise.textContent).toBe("比上期增长12.3%▲");
    expect(fall.textContent).toBe("比上期下降1.5个百分点▼");
    expect(rise.className).not.toBe(fall.className);
    expect(paragraph.querySelector('[data-trend="flat"]')!.textContent).toBe("基本持平");
    expect(rise).toHaveAttribute("title", expect.stringContaining("上升"));
    // The arrows are pictures of 增长/下降, hidden from screen readers that read the words.
    expect(within(paragraph).getByText("▲")).toHaveAttribute("aria-hidden", "true");
  });

  it("emphasises a section's run-in heading and keeps its own ending outside", () => {
    renderFluent(<NarrativeParagraph spec={changesSpec()} />);
    const title = screen.getByText("主要情况如下");
    expect(title.tagName).toBe("STRONG");
    expect(words()).toContain("主要情况如下：一是一类3个；二是二类基本持平。");
  });

  describe("edge cases", () => {
    it("renders a unit name that looks like markup as text", () => {
      const spec: NarrativeSpec = { sections: [{ sentences: [sentence(entityPhrase("unit-name", "<img src=x onerror=alert(1)>试点"), "未报送")] }] };
      renderFluent(<NarrativeParagraph spec={spec} />);
      const paragraph = screen.getByTestId("narrative-paragraph");
      expect(paragraph.querySelector("img")).toBeNull();
      expect(words()).toBe("<img src=x onerror=alert(1)>试点未报送。");
    });

    it("keeps the words when a figure ending in ？ changes the layout, only without emphasis", () => {
      const spec: NarrativeSpec = { sections: [{ sentences: [sentence("是否完成", entityPhrase("number", { text: "3个？", value: 3 }))] }] };
      renderFluent(<NarrativeParagraph spec={spec} />);
      expect(words()).toBe(renderPlainText(spec));
    });

    it("says there is nothing to write for an empty spec", () => {
      renderFluent(<NarrativeParagraph spec={{ sections: [{ sentences: [] }] }} />);
      expect(screen.queryByTestId("narrative-paragraph")).toBeNull();
      expect(screen.getByText(/没有可写的内容/)).toBeInTheDocument();
    });
  });
});
