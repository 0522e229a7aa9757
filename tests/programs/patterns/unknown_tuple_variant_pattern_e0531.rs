// A pattern naming a tuple variant that does not exist is error E0531.
fn main() {
    let v: Option<i32> = Some(3);
    match v {
        Sme(n) => println!("{}", n),
        None => println!("none"),
    }
}
// error: E0531 at 5:9
