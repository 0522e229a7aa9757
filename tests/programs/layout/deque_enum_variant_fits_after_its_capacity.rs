// A VecDeque's capacity word comes first too, so a 24-byte variant fits in the 24 bytes after it and the enum stays 32 bytes.
use std::collections::VecDeque;
use std::mem::size_of;

#[allow(dead_code)]
enum Queue {
    Items(VecDeque<u8>),
    Triple(u64, u64, u64),
    Empty,
}

fn main() {
    println!("{}", size_of::<VecDeque<u8>>());
    println!("{}", size_of::<Queue>());
    println!("{}", size_of::<Option<Queue>>());
    let mut q = Queue::Items(VecDeque::new());
    if let Queue::Items(d) = &mut q {
        d.push_back(1);
        d.push_front(0);
        println!("{:?}", d);
    }
    q = Queue::Triple(1, 2, 3);
    if let Queue::Triple(a, b, c) = q {
        println!("{}", a + b + c);
    }
}
// expect: 32
// expect: 32
// expect: 32
// expect: [0, 1]
// expect: 6
