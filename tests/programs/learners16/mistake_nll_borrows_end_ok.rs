// Shared borrows whose last use comes before the &mut: accepted under non-lexical lifetimes.
fn main() {
    let mut s = String::from("hello");
    let r1 = &s;
    let r2 = &s;
    println!("{r1} and {r2}");
    let r3 = &mut s;
    r3.push_str(", world");
    println!("{r3}");
}
// expect: hello and hello
// expect: hello, world
