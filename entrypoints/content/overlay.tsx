/**
 * The one element Sourcelight adds to a page: a host with a shadow root for
 * the labels, the tooltip and the legend. Created on first use, removed when
 * highlights go off, so the page's DOM is left exactly as it was.
 */
import { render } from "preact";
import { Overlay, OVERLAY_CSS, type OverlayProps } from "../../components/page/Overlay";
import { styleShadowRoot } from "../../lib/browser/platform";

export const HOST_TAG = "sourcelight-ui";

export class OverlayHost {
  private host: HTMLElement | null = null;
  private root: ShadowRoot | null = null;

  constructor(private readonly doc: Document) {}

  /** True for our own host, so scans and observers can leave it out. */
  owns(node: Node): boolean {
    return !!this.host && (node === this.host || this.host.contains(node));
  }

  show(props: OverlayProps): void {
    if (!this.host || !this.host.isConnected) {
      this.host = this.doc.createElement(HOST_TAG);
      this.host.style.cssText = "position:absolute;top:0;left:0;width:0;height:0;z-index:2147483647;";
      this.root = this.host.attachShadow({ mode: "open" });
      styleShadowRoot(this.root, OVERLAY_CSS);
      this.doc.documentElement.append(this.host);
    }
    render(<Overlay {...props} />, this.root!);
  }

  remove(): void {
    if (this.root) render(null, this.root);
    this.host?.remove();
    this.host = null;
    this.root = null;
  }
}
