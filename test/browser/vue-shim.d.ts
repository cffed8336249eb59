// The full ES build of Vue (runtime + template compiler) has the types of `vue`.
declare module 'vue/dist/vue.esm-browser.prod.js' {
  export * from 'vue';
}
