// A match arm may not move a variant's String out of an enum that implements Drop (E0509).
enum E { A(String), B }
impl Drop for E { fn drop(&mut self) { println!("drop"); } }
fn main() {
    let e = E::A(String::from("x"));
    match e {
        E::A(s) => println!("{s}"),
        E::B => {}
    }
}
// error: E0509 at 6:11
