// `#[derive(Eq)]` on a struct with an f64 field is error E0277: f64 is not Eq (NaN != NaN).
#[derive(PartialEq, Eq)]
struct P {
    x: f64,
}

fn main() {
    let p = P { x: 1.0 };
    println!("{}", p == p);
}
// error: E0277 at 4:5
