// mem::replace and mem::take on a struct field with Drop: which value drops when.
use std::mem;

#[derive(Default)]
struct Tag(String);

impl Drop for Tag {
    fn drop(&mut self) {
        println!("drop [{}]", self.0);
    }
}

struct Holder {
    tag: Tag,
}

fn main() {
    let mut h = Holder { tag: Tag("one".into()) };
    let old = mem::replace(&mut h.tag, Tag("two".into()));
    println!("replaced {}", old.0);
    let taken = mem::take(&mut h.tag);
    println!("took {} left [{}]", taken.0, h.tag.0);
    drop(old);
    h.tag = Tag("three".into());
    println!("end");
}
// expect: replaced one
// expect: took two left []
// expect: drop [one]
// expect: drop []
// expect: end
// expect: drop [two]
// expect: drop [three]
