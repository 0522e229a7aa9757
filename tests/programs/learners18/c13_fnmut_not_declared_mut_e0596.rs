// Calling an FnMut closure bound without mut is E0596.
fn main() {
    let mut total = 0;
    let add = |x: i32| total += x;
    add(5);
    println!("{total}");
}
// error: E0596 at 5:5
