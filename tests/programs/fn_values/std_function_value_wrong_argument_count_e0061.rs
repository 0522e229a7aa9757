// `String::len` kept in a variable is a function of one argument; calling it with none is E0061.
fn main() {
    let f = String::len;
    println!("{}", f());
}
// error: E0061 at 4:20
