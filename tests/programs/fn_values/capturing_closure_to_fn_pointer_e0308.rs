// A closure that captures a variable cannot become a `fn` pointer: it needs its environment.
fn main() {
    let k = 3;
    let f: fn(i32) -> i32 = move |x| x + k;
    println!("{}", f(1));
}
// error: E0308 at 4:29
