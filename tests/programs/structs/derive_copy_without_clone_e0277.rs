// `#[derive(Copy)]` without `Clone` is error E0277: Copy requires Clone.
#[derive(Copy)]
struct P {
    x: i32,
}

fn main() {
    let p = P { x: 1 };
    println!("{}", p.x);
}
// error: E0277 at 3:8
