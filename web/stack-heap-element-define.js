// Registers <stack-heap> (the class is in stack-heap-element.js) and
// <stack-heap-compare> (two programs in lockstep, stack-heap-compare.js).
// This is the entry point bundled into dist/stack-heap-element.js: one module
// script defines both elements. A page that wants other tag names calls
// define() itself (each name is a subclass, so the defaults stay usable):
//   import { define } from '.../dist/stack-heap-element.js';
//   define({ element: 'memory-diagram', compare: 'memory-compare' });
import { StackHeapElement } from './stack-heap-element.js';
import { StackHeapCompare } from './stack-heap-compare.js';

export function define({ element = 'stack-heap', compare = 'stack-heap-compare' } = {}) {
  return { element: StackHeapElement.define(element), compare: StackHeapCompare.define(compare) };
}

define();
window.StackHeapElement = StackHeapElement;
window.StackHeapCompare = StackHeapCompare;

export { StackHeapElement, StackHeapCompare };
