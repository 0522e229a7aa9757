// A byte string with no closing quote runs to the end of the file (E0766 at its start).
fn main() {
    println!("{:?}", b"XMAS);
}
// error: E0766 at 3:23
