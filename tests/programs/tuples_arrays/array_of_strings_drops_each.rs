// An array of Strings lives on the stack but each element owns its own heap text.
fn main() {
    let names = [String::from("a"), String::from("bb"), String::from("ccc")];
    for n in &names {
        println!("{} {}", n, n.len());
    }
}
// expect: a 1
// expect: bb 2
// expect: ccc 3
