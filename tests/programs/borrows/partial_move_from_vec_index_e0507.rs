// `let s = v[0];` would move a String out of a Vec by indexing, which is error E0507.
fn main() {
    let v = vec![String::from("a"), String::from("b")];
    let s = v[0];
    println!("{}", s);
}
// error: E0507 at 4:13
