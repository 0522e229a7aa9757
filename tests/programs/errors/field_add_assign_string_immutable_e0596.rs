// `p.name += ".."` borrows the field mutably, so through a binding not declared `mut` it is E0596, where `p.n += 1` on an integer field is E0594.
struct P {
    name: String,
}
fn main() {
    let p = P { name: String::from("a") };
    p.name += "b";
    println!("{}", p.name);
}
// error: E0596 at 7:5
