// A stray backslash is "unknown start of token: \" as rustc prints it: printable ASCII unescaped.
fn main() {
    let x = 1;
    \
}
// error: "unknown start of token: \" at 4:5
