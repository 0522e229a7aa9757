// An iterator std::iter::repeat makes, kept in a variable, is "not supported yet": the engine runs it where it is made.
fn main() {
    let mut dashes = std::iter::repeat('-');
    let line: String = dashes.by_ref().take(3).collect();
    println!("{}", line);
}
// expect: ---
// unsupported: the iterator `std::iter::repeat` makes here
