// pdfjs-dist ships no types for its worker module; it is only imported to run on the page.
declare module 'pdfjs-dist/legacy/build/pdf.worker.min.mjs';
