// Matching a Vec<String>'s slice with patterns binding &String elements.
fn greet(names: &[String]) -> String {
    match names {
        [] => String::from("nobody"),
        [one] => format!("hi {}", one),
        [first, rest @ ..] => format!("hi {} and {} others", first, rest.len()),
    }
}

fn main() {
    let mut v: Vec<String> = Vec::new();
    println!("{}", greet(&v));
    v.push(String::from("ann"));
    println!("{}", greet(&v));
    v.push(String::from("bo"));
    v.push(String::from("cy"));
    println!("{}", greet(&v));
}
// expect: nobody
// expect: hi ann
// expect: hi ann and 2 others
