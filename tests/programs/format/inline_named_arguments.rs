// `{name}` inside the format string prints the variable with that name.
fn main() {
    let name = "Ferris";
    let age = 8;
    let langs = vec!["Rust", "C++"];
    println!("{name} is {age}");
    println!("{name:?} knows {langs:?}");
}
// expect: Ferris is 8
// expect: "Ferris" knows ["Rust", "C++"]
