// A kept SkipWhile around Chars skips the leading spaces once, then gives every char (its flag up).
fn main() {
    let text = "   hi there";
    let mut it = text.chars().skip_while(|c| c.is_whitespace());
    println!("{:?}", it.next());
    println!("{:?}", it);
    let rest: String = it.collect();
    println!("{rest:?}");
}
// expect: Some('h')
// expect: SkipWhile { iter: Chars(['i', ' ', 't', 'h', 'e', 'r', 'e']), flag: true }
// expect: "i there"
