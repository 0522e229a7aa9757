// Matching &name binds by reference, so the Option<String> stays usable.
fn main() {
    let name: Option<String> = Some(String::from("Ferris"));
    match &name {
        Some(n) => println!("hello {} ({} bytes)", n, n.len()),
        None => println!("nobody"),
    }
    println!("{:?}", name);
    if let Some(ref n) = name {
        println!("still {}", n);
    }
}
// expect: hello Ferris (6 bytes)
// expect: Some("Ferris")
// expect: still Ferris
