// The Examples menu: small programs that each show one idea about memory.
// Every one runs on the engine (tests/node/examples.test.mjs checks that).
export const EXAMPLES = [
  {
    id: 'chapter',
    title: 'Stack and heap (the chapter)',
    source: `// Chapter 6: a u16 lives on the stack; a String's text lives on the heap.
let port = 53u16;
let server_name = String::from("Kinetic Gateway");
let peers = vec![
    String::from("resolver-a"),
    String::from("resolver-b"),
    String::from("resolver-c"),
];
println!("{server_name}:{port} has {} peers", peers.len());
`,
  },
  {
    id: 'vec-growth',
    title: 'Vec growth (realloc)',
    source: `// Pushing past the capacity moves the Vec's buffer to a bigger cell.
let mut v: Vec<u32> = Vec::with_capacity(2);
v.push(10);
v.push(20);
// Allocated right after v's buffer, so v cannot grow in place.
let label = String::from("neighbour");
v.push(30);
v.push(40);
v.push(50);
println!("{:?} len={} cap={} {label}", v, v.len(), v.capacity());
`,
  },
  {
    id: 'moves',
    title: 'Moves and clones',
    source: `// A move copies the pointer, not the text; a clone copies the text.
let a = String::from("hello");
let b = a;
let c = b.clone();
println!("{b} {c}");
`,
  },
  {
    id: 'leak',
    title: 'A leak',
    source: `// forget and Box::leak: heap cells nobody will ever free.
let lost = vec![1, 2, 3];
std::mem::forget(lost);
let note = Box::new(String::from("kept forever"));
let leaked = Box::leak(note);
println!("{leaked}");
`,
  },
  {
    id: 'linked-list',
    title: 'A linked list in Box',
    source: `struct Node {
    val: i32,
    next: Option<Box<Node>>,
}

fn main() {
    let third = Node { val: 3, next: None };
    let second = Node { val: 2, next: Some(Box::new(third)) };
    let head = Box::new(Node { val: 1, next: Some(Box::new(second)) });
    let mut sum = 0;
    let mut cur = &head;
    loop {
        sum += cur.val;
        match &cur.next {
            Some(next) => cur = next,
            None => break,
        }
    }
    println!("sum = {sum}");
}
`,
  },
  {
    id: 'call',
    title: 'A function call and its frame',
    source: `fn greet(name: &str, times: u32) -> String {
    let mut out = String::new();
    for _ in 0..times {
        out.push_str(name);
        out.push('!');
    }
    out
}

fn main() {
    let who = String::from("Kinetic");
    let shout = greet(&who, 2);
    println!("{shout}");
}
`,
  },
  {
    id: 'statics',
    title: 'Statics and constants',
    source: `// A static is one place in the static region for the whole run;
// a const has no address: each use gets a fresh copy of its value.
static GREETING: &str = "hello";
static LIMIT: u32 = 3;
const SCALE: u32 = 10;

fn main() {
    let limit = &LIMIT;
    let scaled = LIMIT * SCALE;
    println!("{GREETING}: {scaled} (limit {limit})");
}
`,
  },
];
