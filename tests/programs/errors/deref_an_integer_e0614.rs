// `*` on a value that is not a reference or a Box, here an i32, is error E0614.
fn main() {
    let n = 5;
    let m = *n + 1;
    println!("{}", m);
}
// error: E0614 at 4:13
