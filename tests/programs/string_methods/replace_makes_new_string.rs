// `replace` returns a new String with every match replaced.
fn main() {
    let s = String::from("one two one");
    let r = s.replace("one", "1");
    println!("{} | {}", s, r);
}
// expect: one two one | 1 two 1
