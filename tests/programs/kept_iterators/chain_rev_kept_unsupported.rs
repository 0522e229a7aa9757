// `rev` of a chain kept in a variable (std's Rev<Chain>, whose second iterator is let go of from the back) is not supported yet: the engine says so at its span.
fn main() {
    let mut down = (1..3).chain(7..9).rev();
    println!("{:?}", down.next());
}
// expect: Some(8)
// unsupported: a chain of iterator adapters passed, returned or stored as a value at 3:20
