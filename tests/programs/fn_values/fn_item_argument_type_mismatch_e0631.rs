// A function whose parameter type differs from the bound's is rejected where it is passed.
fn add_one(x: i64) -> i64 {
    x + 1
}

fn apply<F: Fn(i32) -> i32>(f: F, x: i32) -> i32 {
    f(x)
}

fn main() {
    println!("{}", apply(add_one, 1));
}
// error: E0631 at 11:26
