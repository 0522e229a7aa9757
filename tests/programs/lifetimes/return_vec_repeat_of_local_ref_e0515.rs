// `vec![&s; 3]` copies a borrow of a local three times; returning it is E0515.
fn three<'a>() -> Vec<&'a str> {
    let s = String::from("p");
    vec![&s; 3]
}

fn main() {
    println!("{:?}", three());
}
// error: E0515 at 4:5
