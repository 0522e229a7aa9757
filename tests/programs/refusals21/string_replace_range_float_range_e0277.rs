// replace_range takes a range of usize: a range of another type is E0277 (RangeBounds<usize> not implemented).
fn main() {
    let mut s = String::from("abcdef");
    let start: i32 = 1;
    s.replace_range(start..3, "X");
    println!("{}", s);
}
// error: E0277 at 5:21
// headline: differs: rustc prints std's ambiguous names in full (`std::ops::Range`)
