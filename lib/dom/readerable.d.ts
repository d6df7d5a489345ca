// Readability's reader-mode test on its own (its package types only the pair, index.js): the content script takes
// this small file and loads the large one only when a page needs it (article-root.ts).
declare module "@mozilla/readability/Readability-readerable.js" {
  const isProbablyReaderable: typeof import("@mozilla/readability").isProbablyReaderable;
  export default isProbablyReaderable;
}
