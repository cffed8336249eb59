// Lint: typescript-eslint's recommended rules, the lit and web-component plugins (as Shoelace uses
// them), and the project's own habits as rules, so that they stay: the checker never reads the
// layout, and views take words from the text catalogue instead of branching on the language.
import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'demo-dist/', 'node_modules/', '.probe/', 'custom-elements.json', 'schema/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts'],
    ...wc.configs['flat/recommended'],
  },
  {
    languageOptions: {
      globals: {
        window: 'readonly',
        document: 'readonly',
        console: 'readonly',
        process: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      'no-undef': 'off',
      // Control characters in patterns are deliberate: NUL sniffing, XML-invalid characters.
      'no-control-regex': 'off',
    },
  },
  {
    // chai's `expect(x).to.be.true` is an assertion, not an unused expression.
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off', '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['src/check/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/layout/*'], message: 'The checker reads the tables from model/, never from the layout.' }] },
      ],
    },
  },
  {
    files: [
      'src/internal/**/*.ts',
      'src/report/**/*.ts',
      'src/*-table/**/*.ts',
      'src/static/**/*.ts',
      'src/view/**/*.ts',
      'src/export/**/*.ts',
      'src/edit/**/*.ts',
      'src/cli-output.ts',
    ],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "BinaryExpression[operator=/^[!=]==$/][right.value='en']",
          message: "Views take their words from model/ui-text.ts with pick(text, lang); no lang === 'en' branches.",
        },
      ],
    },
  },
);
