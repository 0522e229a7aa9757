// rustc reports type errors before the borrow checker's: a later `let x: i32 = "s";` is E0308 even after a push on a Vec not declared `mut` (E0596).
fn main() {
    let v = vec![1];
    v.push(2);
    let x: i32 = "s";
    println!("{:?} {}", v, x);
}
// error: E0308 at 5:18
