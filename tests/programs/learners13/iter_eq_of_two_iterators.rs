// Iterator::eq comparing two chains item by item (outside the subset: not supported yet at the call).
fn main() {
    let a = "abc";
    let same = a.chars().eq("abc".chars());
    let rev = a.chars().rev().eq(a.chars());
    println!("{} {}", same, rev);
}
// expect: true false
// unsupported: the method `eq` of `Chars<'_>` is not supported yet at 4:26
