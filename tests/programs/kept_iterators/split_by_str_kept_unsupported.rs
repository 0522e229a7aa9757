// A `split` by a `&str` pattern kept in a variable is not supported yet (std's StrSearcher is not laid out), said at the call.
fn main() {
    let line = "a, b, c";
    let mut parts = line.split(", ");
    println!("{:?}", parts.next());
}
// expect: Some("a")
// unsupported: the iterator `split` makes here, passed, returned or stored as a value, is not supported yet at 4:21
