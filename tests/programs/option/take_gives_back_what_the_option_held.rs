// Option::take returns what the Option held, not a borrow of it: the Option is read again while the taken value (holding a &'static str) lives.
#[derive(Debug)]
struct Tagged {
    tag: &'static str,
    n: i32,
}

fn main() {
    let mut opt = Some(Tagged { tag: "a", n: 1 });
    let taken = opt.take();
    println!("{}", opt.is_none());
    println!("{:?}", taken);
    let mut name: Option<&'static str> = Some("x");
    let t = name.take();
    name = Some("y");
    println!("{:?} {:?}", name, t);
}
// expect: true
// expect: Some(Tagged { tag: "a", n: 1 })
// expect: Some("y") Some("x")
