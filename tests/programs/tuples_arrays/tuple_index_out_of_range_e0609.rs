// A tuple has a fixed number of fields; `.3` on a 3-tuple is error E0609.
fn main() {
    let t = (1, 2, 3);
    println!("{}", t.3);
}
// error: E0609 at 4:22
