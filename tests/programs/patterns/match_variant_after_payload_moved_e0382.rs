// Matching on `opt` again after a `Some(s)` arm moved its payload reads its variant: a use of a partially moved value (E0382 at the scrutinee).
fn main() {
    let opt = Some(String::from("o"));
    match opt {
        Some(s) => println!("{}", s),
        None => {}
    }
    match opt {
        None => println!("none"),
        _ => println!("some"),
    }
}
// error: E0382 at 8:11
