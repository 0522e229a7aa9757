// `for (name, n) in &v` binds `n: &i32`: assigning through it is E0594.
fn main() {
    let v = vec![(String::from("a"), 1)];
    for (name, n) in &v {
        println!("{}", name);
        *n += 1;
    }
}
// error: E0594 at 6:9
