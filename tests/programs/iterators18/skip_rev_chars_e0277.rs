// `rev` after `skip` over chars: Skip goes back only over an ExactSizeIterator, which Chars is not: rustc's E0277 at the `rev`.
fn main() {
    let word = "hello";
    let r: String = word.chars().skip(1).rev().collect();
    println!("{}", r);
}
// error: E0277 at 4:42
