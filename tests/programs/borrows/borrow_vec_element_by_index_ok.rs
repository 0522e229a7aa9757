// `&v[0]` borrows the String inside the Vec instead of moving it.
fn main() {
    let v = vec![String::from("a"), String::from("b")];
    let s = &v[0];
    println!("{} {}", s, v[1]);
}
// expect: a b
