// `let (ref first, _) = p;` borrows `p.0`, which was moved out before: E0382 at the `ref` binding.
fn main() {
    let p = (String::from("a"), String::from("b"));
    let moved = p.0;
    let (ref first, _) = p;
    println!("{} {}", moved, first);
}
// error: E0382 at 5:10
