import * as assert from "node:assert/strict";
import { builtinTemplate, DEFAULT_AREAS } from "../src/template";

describe("builtinTemplate", () => {
  const today = new Date(2026, 10, 5);

  it("starts with front matter dated today", () => {
    const text = builtinTemplate({ today });
    assert.ok(text.startsWith("---\nchild: \naudit-date: 2026-11-05\nauditor: \n---\n"), text.slice(0, 80));
  });

  it("has the twelve default areas in order, each with the four sections", () => {
    const text = builtinTemplate({ today });
    assert.equal(DEFAULT_AREAS.length, 12);
    const headings = text.split("\n").filter((line) => line.startsWith("## "));
    assert.deepEqual(headings, DEFAULT_AREAS.map((area) => `## ${area}`));
    for (const label of ["Judgement: ", "### Evidence", "### Impact", "### Actions"]) {
      assert.equal(text.split("\n").filter((line) => line === label).length, 12, label);
    }
  });

  it("uses the configured areas, and the defaults when the list is empty", () => {
    const custom = builtinTemplate({ areas: ["Assessment", "Planning"], today });
    assert.deepEqual(custom.split("\n").filter((line) => line.startsWith("## ")), ["## Assessment", "## Planning"]);
    assert.equal(builtinTemplate({ areas: [], today }), builtinTemplate({ today }));
  });
});
