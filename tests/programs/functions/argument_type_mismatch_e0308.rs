// Passing a `&str` where the function expects an i32 is E0308.
fn double(n: i32) -> i32 {
    n * 2
}

fn main() {
    println!("{}", double("4"));
}
// error: E0308 at 7:27
