// typescript-eslint's recommended rules everywhere, tests and tools included;
// and a security lint for the code that ships: page text must never become
// HTML or code. (Tests may build fixtures with innerHTML; they never ship.)
import tseslint from "typescript-eslint";

const htmlSinks = ["innerHTML", "outerHTML"].map((property) => ({
  selector: `AssignmentExpression[left.property.name='${property}']`,
  message: `Assigning ${property} can turn page text into markup; build nodes and set textContent.`,
}));

export default tseslint.config(
  { ignores: [".output/", ".wxt/", ".tools/", "node_modules/", "test-output/", ".scratch/", ".engine-snapshot/"] },
  ...tseslint.configs.recommended,
  {
    // Prettier wraps code at 120 columns; comments and long literals are wrapped by hand.
    rules: {
      "max-len": [
        "error",
        { code: 120, ignoreStrings: true, ignoreTemplateLiterals: true, ignoreRegExpLiterals: true, ignoreUrls: true },
      ],
    },
  },
  {
    files: ["**/*.{ts,tsx}"],
    ignores: ["tests/**"],
    languageOptions: { parser: tseslint.parser, parserOptions: { ecmaFeatures: { jsx: true } } },
    rules: {
      "no-eval": "error",
      "no-implied-eval": "error",
      "no-new-func": "error",
      "no-script-url": "error",
      "no-restricted-syntax": [
        "error",
        ...htmlSinks,
        {
          selector:
            "CallExpression[callee.property.name=/^(insertAdjacentHTML|createContextualFragment|parseFromString|setHTMLUnsafe)$/]",
          message: "This parses a string as HTML; build nodes and set textContent instead.",
        },
        {
          selector: "CallExpression[callee.object.name='document'][callee.property.name=/^(write|writeln)$/]",
          message: "document.write parses a string as HTML.",
        },
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: "Render page text as text, never as HTML.",
        },
      ],
    },
  },
);
