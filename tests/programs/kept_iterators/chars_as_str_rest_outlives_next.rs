// What `as_str` returns borrows the text the `Chars` walks, not the `Chars` itself, so calling `next` again while it is still used is fine; the iterator's two pointers move, the `&str` does not.
fn main() {
    let word = String::from("héllo");
    let mut it = word.chars();
    it.next();
    let rest = it.as_str();
    let second = it.next();
    println!("{:?} {:?} {}", rest, second, it.as_str());
    let mut ci = word.char_indices();
    ci.next();
    ci.next();
    println!("{:?} {:?}", ci.as_str(), ci.next());
    println!("{}", std::mem::size_of_val(&it));
}
// expect: "éllo" Some('é') llo
// expect: "llo" Some((3, 'l'))
// expect: 16
