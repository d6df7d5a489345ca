import { describe, expect, it } from "vitest";
import { marginMarks, MARK_STEP, MARKS_PER_LINE } from "../../../lib/margin-marks";

const box = (index: number, top: number) => ({ index, tier: "on-record" as const, top, height: 20 });

describe("margin marks", () => {
  it("sit left of the column, at the middle of the line a highlight starts on", () => {
    const [m] = marginMarks([box(0, 100)], { left: 200, right: 800 });
    expect(m).toMatchObject({ index: 0, side: "left", y: 110 });
    expect(m.x).toBeLessThan(200);
  });

  it("stack outwards when several highlights start on one line, and never cover the column", () => {
    const marks = marginMarks([box(0, 100), box(1, 101), box(2, 160)], { left: 200, right: 800 });
    expect(marks.map((m) => m.x)).toEqual([marks[0].x, marks[0].x - MARK_STEP, marks[0].x]);
    for (const m of marks) expect(m.x).toBeLessThan(200);
  });

  it("leave out marks beyond the few a line can hold", () => {
    const boxes = Array.from({ length: MARKS_PER_LINE + 2 }, (_, i) => box(i, 100));
    expect(marginMarks(boxes, { left: 200, right: 800 })).toHaveLength(MARKS_PER_LINE);
  });

  it("go to the right when the column starts at the window's edge", () => {
    const [m] = marginMarks([box(0, 100)], { left: 8, right: 700 });
    expect(m.side).toBe("right");
    expect(m.x).toBeGreaterThan(700);
  });

  it("hold only as many marks a line as the margin has room for", () => {
    const marks = marginMarks([box(0, 100), box(1, 100), box(2, 100)], { left: 6 + MARK_STEP, right: 990 }, 1000);
    expect(marks).toHaveLength(1);
    expect(marks[0].x - MARK_STEP).toBeGreaterThanOrEqual(0);
  });

  it("are left out when neither side has room: never over the text", () => {
    expect(marginMarks([box(0, 100), box(1, 100)], { left: 8, right: 992 }, 1000)).toEqual([]);
  });

  it("spell the tier out, one a line, only where the margin has room for words", () => {
    const roomy = marginMarks([box(0, 100), box(1, 100)], { left: 300, right: 800 }, 1200, true);
    expect(roomy).toHaveLength(1);
    expect(roomy[0].words).toBe(true);
    const narrow = marginMarks([box(0, 100)], { left: 60, right: 980 }, 1000, true);
    expect(narrow[0].words).toBe(false);
  });
});
