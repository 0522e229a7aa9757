// `mem::replace(&mut l, v)` returns what `l` held, not a borrow of `l`: an enum with a `&'static str` field kept in the result leaves `l` free to read (the engine had said E0502; difftest layouts feature).
#[derive(Debug, PartialEq)]
enum Shape {
    Dot,
    Label(Box<u16>, &'static str),
}

fn main() {
    let mut l = Shape::Dot;
    let old = std::mem::replace(&mut l, Shape::Label(Box::new(5), "zz"));
    println!("{:?} {:?} {}", l, old, l == old);
    let mut names = vec![Some("a"), None];
    let taken = std::mem::take(&mut names);
    names.push(Some("b"));
    println!("{:?} {:?}", names, taken);
}
// expect: Label(5, "zz") Dot false
// expect: [Some("b")] [Some("a"), None]
