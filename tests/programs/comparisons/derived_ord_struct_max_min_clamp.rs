// `max`, `min` and `clamp` of Ord on a struct deriving Ord compare it field by field, as the derive does.
#[derive(Debug, PartialEq, Eq, PartialOrd, Ord)]
struct Score(u32, String);

fn main() {
    let a = Score(3, String::from("a"));
    let b = Score(3, String::from("b"));
    println!("{:?}", a.max(b));
    let c = Score(1, String::from("c"));
    let d = Score(9, String::from("d"));
    println!("{:?}", c.min(d));
    let lo = Score(2, String::from("lo"));
    let hi = Score(5, String::from("hi"));
    println!("{:?}", Score(10, String::from("x")).clamp(lo, hi));
}
// expect: Score(3, "b")
// expect: Score(1, "c")
// expect: Score(5, "hi")
