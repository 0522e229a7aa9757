// `(1..).map(..)` kept in a variable (a range without an end inside the Map) is not supported yet: the engine says so at its span.
fn main() {
    let mut evens = (1..).map(|x| x * 2);
    println!("{:?}", evens.next());
}
// expect: Some(2)
// unsupported: a chain of iterator adapters passed, returned or stored as a value at 3:21
