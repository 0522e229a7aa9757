// A closure passed where Fn(i32) -> i32 is expected must take one argument: E0593.
fn apply<F: Fn(i32) -> i32>(f: F) -> i32 {
    f(1)
}

fn main() {
    println!("{}", apply(|a, b| a + b));
}
// error: E0593 at 7:20
