// `#[derive(Eq)]` without `PartialEq` is error E0277: Eq requires PartialEq.
#[derive(Eq)]
struct P {
    x: i32,
}

fn main() {
    let p = P { x: 1 };
    println!("{}", p.x);
}
// error: E0277 at 3:8
