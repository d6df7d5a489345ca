/**
 * Moving between the painted attributions and explaining them: hover, the keyboard (Escape, the next/previous
 * keys where the browser's commands do not take them), focus on a fallback mark or a teaching-view tab stop, and
 * the tooltip's place. It keeps which attribution is current and whether the tooltip is open; the controller
 * draws.
 */
import type { TooltipState } from "../../components/page/Overlay";
import { rangeIndexAt } from "./hit-test";
import type { Painted } from "./marks";
import { measurable } from "./measure";

/** What navigation needs of the page's state. */
export interface NavigationHost {
  painted(): Painted[];
  /** Highlights are on the page. */
  active(): boolean;
  /** Our own overlay (tooltip, legend), where the mouse leaves the tooltip open. */
  owns(node: Node): boolean;
  setCurrent(range: AbstractRange | null): void;
  redraw(): void;
}

/** The tooltip's widest (CSS pixels, with its margin) and the room it wants under the phrase. */
const TOOLTIP_WIDTH = 368;
const TOOLTIP_ROOM = 200;

/** True when a key goes to a form field or an editor (the innermost target: a field inside a shadow root counts). */
export function typingInto(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.isContentEditable || /^(?:INPUT|TEXTAREA|SELECT)$/.test(el.tagName ?? ""));
}

export class Navigation {
  tooltip: TooltipState | null = null;
  current = -1;
  /** The tooltip was opened from the keyboard or the popup: moving the mouse does not close it. */
  private keyboardFocus = false;

  constructor(private readonly host: NavigationHost) {}

  /** Opens attribution `i`'s tooltip under (or above) its words. */
  open(i: number): void {
    const p = this.host.painted()[i];
    if (!p) return;
    const rect = measurable(document, p.range)?.getBoundingClientRect();
    if (!rect) return;
    this.current = i;
    const x = Math.max(scrollX + 8, Math.min(rect.left + scrollX, scrollX + innerWidth - TOOLTIP_WIDTH));
    const above = rect.bottom + TOOLTIP_ROOM > innerHeight && rect.top > TOOLTIP_ROOM;
    const y = above ? rect.top + scrollY - 6 : rect.bottom + scrollY + 6;
    this.tooltip = { attribution: p.attribution, index: i, total: this.host.painted().length, x, y, above };
    this.host.redraw();
  }

  close(): void {
    if (!this.tooltip) return;
    this.tooltip = null;
    this.host.setCurrent(null);
    this.host.redraw();
  }

  /** Attribution `i` chosen from the keyboard, a tab stop or the popup: marked current, explained. */
  select(i: number): void {
    this.keyboardFocus = true;
    this.host.setCurrent(this.host.painted()[i]?.range ?? null);
    this.open(i);
  }

  /** Moves to attribution `i`: scrolls it into view, marks it, opens its tooltip. */
  focus(i: number): void {
    const p = this.host.painted()[i];
    if (!p) return;
    p.range.startContainer.parentElement?.scrollIntoView({ block: "center", behavior: "instant" as ScrollBehavior });
    this.select(i);
  }

  /** Moves to the next (1) or previous (-1) attribution. */
  step(by: 1 | -1): void {
    const n = this.host.painted().length;
    if (!n) return;
    const from = this.current < 0 ? (by === 1 ? -1 : 0) : this.current;
    this.focus((from + by + n) % n);
  }

  hover(e: MouseEvent): void {
    const painted = this.host.painted();
    if (!this.host.active() || painted.length === 0) return;
    // On the tooltip or the legend (their buttons): leave the tooltip open.
    if (e.target instanceof Node && this.host.owns(e.target)) return;
    const i = rangeIndexAt(document, painted, e.clientX, e.clientY);
    if (i >= 0) {
      this.keyboardFocus = false;
      if (i !== this.tooltip?.index) this.open(i);
    } else if (this.tooltip && !this.keyboardFocus) this.close();
  }

  key(e: KeyboardEvent): void {
    // Keys typed into a field or an editor are the writer's ("Ô" is Option+Shift+J on a Mac).
    if (!this.host.active() || typingInto(e.composedPath?.()[0] ?? e.target)) return;
    if (e.key === "Escape" && this.tooltip) {
      this.keyboardFocus = false;
      this.close();
      return;
    }
    // The browser's commands (manifest `commands`, remappable in its shortcut settings) usually take
    // Alt+Shift+J/K before the page sees them; where they do not, the keys still work here.
    if (!(e.altKey && e.shiftKey) || this.host.painted().length === 0) return;
    if (e.code !== "KeyJ" && e.code !== "KeyK") return;
    e.preventDefault();
    this.step(e.code === "KeyJ" ? 1 : -1);
  }

  /** Forgets the tooltip and the current attribution (the highlights are going). */
  reset(): void {
    this.tooltip = null;
    this.current = -1;
  }
}
