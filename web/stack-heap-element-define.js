// Registers <stack-heap> (the class is in stack-heap-element.js) and
// <stack-heap-compare> (two programs in lockstep, stack-heap-compare.js).
// This is the entry point bundled into dist/stack-heap-element.js: one module
// script defines both elements; a page that wants other tag names can import
// the classes instead and define them itself.
import { StackHeapElement } from './stack-heap-element.js';
import { StackHeapCompare } from './stack-heap-compare.js';

if (!customElements.get('stack-heap')) customElements.define('stack-heap', StackHeapElement);
if (!customElements.get('stack-heap-compare')) customElements.define('stack-heap-compare', StackHeapCompare);
window.StackHeapElement = StackHeapElement;
window.StackHeapCompare = StackHeapCompare;

export { StackHeapElement, StackHeapCompare };
