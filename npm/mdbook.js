// stack-heap for mdBook. book.toml's `additional-js` loads classic scripts
// and the element is a module, so this classic script imports it. It expects
// this package's dist/ copied to the book's src/stack-heap/ (mdBook copies
// every file under src/ into the book) and finds it from any chapter through
// mdBook's `path_to_root`:
//   [output.html]
//   additional-js = ["src/stack-heap/mdbook.js"]
/* global path_to_root */
import(new URL((typeof path_to_root === 'string' ? path_to_root : '') + 'stack-heap/stack-heap-element.js', document.baseURI).href);
