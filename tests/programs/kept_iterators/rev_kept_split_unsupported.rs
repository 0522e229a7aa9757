// `s.split(',').rev()` kept in a variable is not supported yet: the engine says so at its span.
fn main() {
    let s = "a,b,c";
    let mut parts = s.split(',').rev();
    println!("{:?}", parts.next());
}
// expect: Some("c")
// unsupported: a chain of iterator adapters passed, returned or stored as a value at 4:21
