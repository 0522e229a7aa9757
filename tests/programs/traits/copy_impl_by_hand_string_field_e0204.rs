// A hand-written `impl Copy` for a struct holding a String is E0204 at the impl's self type.
struct P {
    s: String,
}
impl Clone for P {
    fn clone(&self) -> P {
        P { s: self.s.clone() }
    }
}
impl Copy for P {}
fn main() {
    let a = P { s: String::new() };
    println!("{}", a.s);
}
// error: E0204 at 10:15
