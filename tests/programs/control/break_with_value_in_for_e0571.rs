// `break` with a value inside a `for` loop is E0571, and rustc's headline names the `for` loop.
fn main() {
    let found = for i in 0..3 {
        if i == 1 {
            break i;
        }
    };
    println!("{:?}", found);
}
// error: E0571 at 5:13
