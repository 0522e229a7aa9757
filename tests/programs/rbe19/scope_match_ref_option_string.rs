// Matching an Option<String> by reference keeps it usable; matching by value moves the String out.
fn main() {
    let name: Option<String> = Some(String::from("Ferris"));
    match &name {
        Some(n) => println!("borrowed {}", n),
        None => println!("none"),
    }
    match name {
        Some(ref n) => println!("ref {}", n),
        None => println!("none"),
    }
    if let Some(n) = name {
        println!("moved {}", n);
    }
}
// expect: borrowed Ferris
// expect: ref Ferris
// expect: moved Ferris
