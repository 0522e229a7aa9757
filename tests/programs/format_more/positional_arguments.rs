// `{0}` and `{1}` refer to arguments by position and can repeat.
fn main() {
    println!("{0} {1} {0}", "a", "b");
    println!("{1} then {0}", "second", "first");
}
// expect: a b a
// expect: first then second
