// Indexing into a value that holds no elements, here an integer, is error E0608.
fn main() {
    let n = 1234;
    println!("{}", n[0]);
}
// error: E0608 at 4:21
