// Derived Debug, Clone, Hash and Default reaching fields that have them (a generic T, nested std types, an enum's tuple and struct variants): accepted and printed as rustc does.
use std::collections::HashSet;
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
struct Tag {
    name: String,
    weight: u8,
}
#[derive(Debug, Clone)]
enum Shape {
    Dot,
    Line(Vec<(i32, i32)>),
    Named { tag: Tag, sides: Option<Box<u8>> },
}
#[derive(Debug, Clone, Default)]
struct Wrapper<T> {
    inner: T,
    extra: Vec<Option<T>>,
}
fn main() {
    let s = Shape::Named { tag: Tag { name: String::from("sq"), weight: 2 }, sides: Some(Box::new(4)) };
    let t = s.clone();
    println!("{:?} {:?} {:?}", s, t, Shape::Line(vec![(1, 2)]));
    println!("{:?}", Shape::Dot);
    let w: Wrapper<Tag> = Wrapper::default();
    println!("{:?}", w);
    let mut set = HashSet::new();
    set.insert(Tag::default());
    set.insert(Tag { name: String::from("a"), weight: 1 });
    println!("{}", set.len());
}
// expect: Named { tag: Tag { name: "sq", weight: 2 }, sides: Some(4) } Named { tag: Tag { name: "sq", weight: 2 }, sides: Some(4) } Line([(1, 2)])
// expect: Dot
// expect: Wrapper { inner: Tag { name: "", weight: 0 }, extra: [] }
// expect: 2
