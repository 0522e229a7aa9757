// A `Box<str>` is moved into a function that takes one, and str's methods run on it there.
fn shout(s: Box<str>) -> String {
    s.to_uppercase()
}

fn main() {
    let b: Box<str> = Box::from("hey");
    println!("{}", shout(b));
}
// expect: HEY
