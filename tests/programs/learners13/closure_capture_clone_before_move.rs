// Cloning a String before moving the clone into a closure, so the original stays usable.
fn main() {
    let name = String::from("ferris");
    let greet = {
        let name = name.clone();
        move || format!("hello, {}", name)
    };
    println!("{}", greet());
    println!("original still here: {}", name);
    let shout = move || name.to_uppercase();
    println!("{}", shout());
}
// expect: hello, ferris
// expect: original still here: ferris
// expect: FERRIS
