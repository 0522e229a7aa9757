// A use after move written before a closure is still reported after the closure's own borrow error (E0594 first).
fn main() {
    let a = String::from("a");
    let b = a;
    println!("{} {}", a, b);
    let x = 1;
    let mut set = || x = 2;
    set();
}
// error: E0594 at 7:22
