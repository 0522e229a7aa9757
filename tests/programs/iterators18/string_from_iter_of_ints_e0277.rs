// A String cannot be built from integers: rustc's E0277 at the path's type segment of String::from_iter.
fn main() {
    let s = String::from_iter(vec![1, 2, 3]);
    println!("{}", s);
}
// error: E0277 at 3:13
