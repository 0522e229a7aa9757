// `&v[0]` borrows one element of a Vec without copying or moving it.
fn main() {
    let v = vec![String::from("first"), String::from("second")];
    let first = &v[0];
    let last = &v[v.len() - 1];
    println!("{} and {}", first, last);
}
// expect: first and second
