// `s += "more"` on a String not declared `mut` is one mutable borrow (AddAssign's `&mut s`), even inside a loop: E0596 at it, not gathered at the binding.
fn main() {
    let s = String::from("a");
    for _ in 0..2 {
        s += "more";
    }
    println!("{}", s);
}
// error: E0596 at 5:9
