// `#[derive(Ord)]` without `PartialOrd` is error E0277: Ord requires PartialOrd.
#[derive(PartialEq, Eq, Ord)]
struct P {
    x: i32,
}

fn main() {
    let p = P { x: 1 };
    println!("{}", p.x);
}
// error: E0277 at 3:8
