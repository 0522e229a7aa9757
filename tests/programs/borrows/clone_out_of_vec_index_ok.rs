// `v[0].clone()` copies the String out of the Vec instead of moving it.
fn main() {
    let v = vec![String::from("a"), String::from("b")];
    let s = v[0].clone();
    println!("{} {}", s, v.len());
}
// expect: a 2
