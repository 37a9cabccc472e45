// ESLint voor de scripts van de site (docs/javascripts/). Gewone browserscripts, geen bundler;
// zoeken.js laadt Pagefind met een dynamische import, vandaar ecmaVersion "latest".
import js from "@eslint/js";
import globals from "globals";

export default [
  js.configs.recommended,
  {
    files: ["docs/javascripts/**/*.js"],
    languageOptions: {
      ecmaVersion: "latest",
      sourceType: "script",
      globals: { ...globals.browser },
    },
    rules: {
      "no-unused-vars": ["error", { args: "after-used", caughtErrors: "none" }],
      eqeqeq: ["error", "smart"],
      "no-implicit-globals": "error",
    },
  },
];
