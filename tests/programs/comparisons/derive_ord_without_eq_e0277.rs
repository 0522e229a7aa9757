// `#[derive(Ord)]` without `Eq` is error E0277: Ord requires Eq.
#[derive(PartialEq, PartialOrd, Ord)]
struct P {
    x: i32,
}

fn main() {
    let p = P { x: 1 };
    println!("{}", p.x);
}
// error: E0277 at 3:8
