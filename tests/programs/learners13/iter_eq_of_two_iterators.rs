// Iterator::eq comparing two chains item by item: equal texts, and a reversed one that differs at its first item.
fn main() {
    let a = "abc";
    let same = a.chars().eq("abc".chars());
    let rev = a.chars().rev().eq(a.chars());
    println!("{} {}", same, rev);
}
// expect: true false
