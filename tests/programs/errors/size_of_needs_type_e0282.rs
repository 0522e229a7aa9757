// `size_of` with nothing to say which type it measures is error E0282.
fn main() {
    let size = std::mem::size_of();
    println!("{}", size);
}
// error: E0282 at 3:16
