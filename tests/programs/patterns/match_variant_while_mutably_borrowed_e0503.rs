// Matching on `x`'s variant reads it: while a `&mut x` is still used afterwards, that read is E0503 at the scrutinee.
fn main() {
    let mut x = Some(String::from("a"));
    let r = &mut x;
    match x {
        Some(_) => println!("some"),
        None => println!("none"),
    }
    *r = None;
}
// error: E0503 at 5:11
