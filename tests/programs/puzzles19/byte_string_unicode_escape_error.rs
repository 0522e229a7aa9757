// A byte string holds bytes, not chars: a \u{..} escape in it is rejected by the lexer.
fn main() {
    let s = b"caf\u{e9}";
    println!("{:?}", s);
}
// error: "unicode escape in byte string" at 3:18
