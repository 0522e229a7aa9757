// A closure capturing nothing is Copy, but behind `impl Fn` it is moved: calling it after `let b = a;` is E0382.
fn make() -> impl Fn(i32) -> i32 {
    |x| x + 1
}

fn main() {
    let a = make();
    let b = a;
    println!("{}", b(1) + a(2));
}
// error: E0382 at 9:27
