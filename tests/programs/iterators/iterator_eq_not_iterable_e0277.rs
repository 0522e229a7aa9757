// Iterator::eq given a number: rustc's E0277 `{integer}` is not an iterator, at `eq`.
fn main() {
    let a = "abc";
    println!("{}", a.chars().eq(5));
}
// error: E0277 at 4:30
