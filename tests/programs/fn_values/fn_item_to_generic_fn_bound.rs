// A function passed where a generic parameter is bounded by Fn runs each time the generic calls it.
fn square(x: i32) -> i32 {
    println!("square({})", x);
    x * x
}

fn apply_twice<F: Fn(i32) -> i32>(f: F, x: i32) -> i32 {
    f(f(x))
}

fn main() {
    println!("{}", apply_twice(square, 3));
}
// expect: square(3)
// expect: square(9)
// expect: 81
