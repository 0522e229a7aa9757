// The &str str::from_utf8 gives borrows the bytes: keeping it past the Vec's scope is E0597.
fn main() {
    let text;
    {
        let bytes = vec![104u8, 105];
        text = std::str::from_utf8(&bytes).unwrap();
    }
    println!("{}", text);
}
// error: E0597 at 6:36
