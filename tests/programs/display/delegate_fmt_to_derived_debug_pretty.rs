// A Debug impl that delegates to a field with a derived Debug (fmt::Debug::fmt(&self.inner, f)) keeps {:#?}'s pretty form and its indentation inside a Vec.
use std::fmt;

#[derive(Debug)]
struct Inner {
    id: u32,
    tags: Vec<&'static str>,
}

struct Outer {
    inner: Inner,
}

impl fmt::Debug for Outer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self.inner, f)
    }
}

fn main() {
    let o = Outer { inner: Inner { id: 7, tags: vec!["a", "b"] } };
    println!("{:?}", o);
    println!("{:#?}", o);
    let list = vec![Outer { inner: Inner { id: 1, tags: vec![] } }];
    println!("{:#?}", list);
}
// expect: Inner { id: 7, tags: ["a", "b"] }
// expect: Inner {
// expect:     id: 7,
// expect:     tags: [
// expect:         "a",
// expect:         "b",
// expect:     ],
// expect: }
// expect: [
// expect:     Inner {
// expect:         id: 1,
// expect:         tags: [],
// expect:     },
// expect: ]
