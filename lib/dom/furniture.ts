/**
 * Page furniture inside an article's container: what a reader skims past and
 * the engine must not read as the article's words — headings and their
 * labels ("Explainer:", "Map:"), bylines, datelines and captions, galleries
 * and rails of other stories, share and newsletter boxes, tag lists. Found
 * from markup (elements and class names) and from link density: a block that
 * is mostly links to other stories is a list of them, whatever it is called.
 */

/** Elements that are furniture by what they are. */
const FURNITURE_TAGS = new Set([
  "H1",
  "H2",
  "H3",
  "H4",
  "H5",
  "H6",
  "FIGCAPTION",
  "ASIDE",
  "NAV",
  "ADDRESS",
  "FORM",
  "MENU",
  "DIALOG",
]);

/** Class or id words of furniture; a word, or a word joined by "-" or "_" ("related-posts", "byline__name"). */
const FURNITURE_NAMES = new RegExp(
  "(?:^|[\\s_-])(?:related|recirc|more-from|more-stories|morestories|read-more|readmore|" +
    "read-next|recommended|recommendations|gallery|carousel|slideshow|slider|teasers?|promo|newsletter|share|sharing|social|" +
    "byline|dateline|author|authors|post-meta|entry-meta|article-meta|meta-info|tags|tag-list|tagged|topics|caption|credit|credits|" +
    "comments?|subscribe|signup|paywall|breadcrumbs?|sidebar|widget|outbrain|taboola|advert|advertisement|ad-slot|sponsored|" +
    "feedback|survey|meta|metadata|timestamp|update-time|published|date|dateline|embed|embedded)(?=$|[\\s_-])",
  "i",
);

/** Headings that open a box of other stories ("Related Article", "More from Politics", "Most read"). */
const BOX_HEADING =
  /^(?:related|read more|more from|more on|more stories|see also|also read|read also|recommended|most read|most popular|popular|trending|latest|watch|listen|top stories|in pictures|you may also like)\b/i;

/**
 * A byline or a time stamp that is a short block of its own: "By Jane Smith …", "Posted by …", "Updated 9:41 PM",
 * "Published 12 March". Paragraphs are left alone ("By Tuesday, officials said …" is prose).
 */
const BYLINE_TEXT =
  /^(?:(?:[Pp]osted |[Ww]ritten |[Ww]ords |[Rr]eporting )?[Bb]y\s+\p{Lu}|(?:[Ll]ast |[Ff]irst )?(?:[Uu]pdated|[Pp]ublished)(?::|\s+(?:on\s+)?[\p{Lu}\d]))/u;
const PROSE_TAGS = new Set(["P", "LI", "BLOCKQUOTE", "DD", "TD"]);
/** A block longer than this is no byline. */
const BYLINE_MAX = 160;

/** Roles and attributes of furniture. */
const FURNITURE_SELECTOR =
  "[role=complementary], [role=navigation], [role=contentinfo], [itemprop=author], [rel=author], " +
  "[itemprop=caption], [data-component=byline], [aria-label=Share]";

/** Links in a block before its link density counts, and the share of its text they must make. */
const MIN_LINKS = 3;
const LINK_SHARE = 0.5;
/** Blocks that can hold a list of links to other stories. */
const LIST_TAGS = new Set(["UL", "OL", "DIV", "SECTION", "TABLE", "DL", "ARTICLE"]);

/** True for an element that is furniture by its tag, role or name. */
export function isFurnitureByMarkup(el: Element): boolean {
  if (FURNITURE_TAGS.has(el.tagName.toUpperCase())) return true;
  const names = `${el.getAttribute("class") ?? ""} ${el.id}`;
  if (names.length > 1 && FURNITURE_NAMES.test(names)) return true;
  return el.matches(FURNITURE_SELECTOR);
}

interface Counts {
  el: Element;
  /** Characters of text in the element (trimmed per text node), and how many of them are link text. */
  text: number;
  linked: number;
  links: number;
}

/**
 * The text and link counts of every element under `root` (and of the root), in one walk with bottom-up sums:
 * nothing allocated per text node.
 */
export function countText(root: Element): Map<Element, Counts> {
  const all = new Map<Element, Counts>();
  const stack: Counts[] = [{ el: root, text: 0, linked: 0, links: 0 }];
  const close = () => {
    const c = stack.pop()!;
    const parent = stack[stack.length - 1];
    all.set(c.el, c);
    const isLink = c.el.tagName.toUpperCase() === "A";
    parent.text += c.text;
    parent.linked += isLink ? c.text : c.linked;
    parent.links += c.links + (isLink ? 1 : 0);
  };
  let node: Node | null = root.firstChild;
  while (node) {
    if (node.nodeType === 3) stack[stack.length - 1].text += (node as Text).data.trim().length;
    else if (node.nodeType === 1) {
      const el = node as Element;
      if (el.firstChild) {
        stack.push({ el, text: 0, linked: 0, links: 0 });
        node = el.firstChild;
        continue;
      }
      all.set(el, { el, text: 0, linked: 0, links: 0 });
      if (el.tagName.toUpperCase() === "A") stack[stack.length - 1].links++;
    }
    while (node && !node.nextSibling && node.parentNode !== root) {
      node = node.parentNode;
      if (node) close();
    }
    node = node ? node.nextSibling : null;
  }
  all.set(root, stack[0]);
  return all;
}

/** True for a block whose first child is a heading like "Related" or "More from …". */
function opensWithBoxHeading(el: Element): boolean {
  const first = el.firstElementChild;
  return (
    !!first &&
    /^(?:H[2-6]|STRONG|B|SPAN|P|DIV)$/.test(first.tagName.toUpperCase()) &&
    first !== el.lastElementChild &&
    (first.textContent ?? "").length < 60 &&
    BOX_HEADING.test((first.textContent ?? "").trim())
  );
}

/** A block that is mostly links: three or more, making half its text or more (a gallery, a rail of stories). */
const linkDense = (c: Counts) =>
  c.links >= MIN_LINKS && c.linked >= LINK_SHARE * c.text && LIST_TAGS.has(c.el.tagName.toUpperCase());

/**
 * A test for the furniture under `root`, for readTextRuns's `skip`. A block named like furniture that holds a
 * good share of the article's own prose is the article after all ("social-share-wrapper" around a story's
 * paragraphs), so names only count for blocks that hold little of it.
 */
export function furnitureOf(root: Element): (el: Element) => boolean {
  const counts = countText(root);
  const whole = counts.get(root)!;
  const prose = (c: Counts) => c.text - c.linked;
  const muchProse = Math.max(500, 0.25 * prose(whole));
  return (el) => {
    if (el === root) return false;
    const c = counts.get(el);
    if (!c) return false;
    if (linkDense(c)) return true;
    if (prose(c) < muchProse && (isFurnitureByMarkup(el) || opensWithBoxHeading(el))) return true;
    return (
      c.text <= BYLINE_MAX &&
      el.childElementCount <= 4 &&
      !PROSE_TAGS.has(el.tagName.toUpperCase()) &&
      BYLINE_TEXT.test((el.textContent ?? "").trim())
    );
  };
}
