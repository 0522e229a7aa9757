// Built-in pairs for the compare view (compare.html?pair=ID). Every program
// runs on the engine (tests/node/beyond.test.mjs checks that).
export const PAIRS = [
  {
    id: 'vec-capacity',
    title: 'Vec::new() + push vs Vec::with_capacity',
    a: {
      label: 'Vec::new() + push',
      source: `let mut v: Vec<u32> = Vec::new();
for i in 0..9 {
    v.push(i);
}
println!("len {} cap {}", v.len(), v.capacity());
`,
    },
    b: {
      label: 'Vec::with_capacity(9)',
      source: `let mut v: Vec<u32> = Vec::with_capacity(9);
for i in 0..9 {
    v.push(i);
}
println!("len {} cap {}", v.len(), v.capacity());
`,
    },
  },
  {
    id: 'move-clone',
    title: 'A move vs a clone()',
    a: {
      label: 'let b = a;  (move)',
      source: `let a = String::from("hello");
let b = a;
println!("{b}");
`,
    },
    b: {
      label: 'let b = a.clone();',
      source: `let a = String::from("hello");
let b = a.clone();
println!("{a} {b}");
`,
    },
  },
  {
    id: 'str-string',
    title: '&str vs String',
    a: {
      label: '&str (a literal)',
      source: `let name: &str = "Kinetic Gateway";
let len = name.len();
println!("{name} {len}");
`,
    },
    b: {
      label: 'String',
      source: `let name: String = String::from("Kinetic Gateway");
let len = name.len();
println!("{name} {len}");
`,
    },
  },
  {
    id: 'box-stack',
    title: 'A value on the stack vs in a Box',
    a: { label: 'on the stack', source: 'let n: u64 = 42;\nlet m = n + 1;\nprintln!("{m}");\n' },
    b: { label: 'Box::new', source: 'let n: Box<u64> = Box::new(42);\nlet m = *n + 1;\nprintln!("{m}");\n' },
  },
];
