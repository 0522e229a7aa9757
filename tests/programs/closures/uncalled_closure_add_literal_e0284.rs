// `|x| x + 1` never called: nothing says what x is, and rustc cannot name the Output of `_ + {integer}` either (E0284 at the parameter).
fn main() {
    let add_one = |x| x + 1;
    println!("made a closure");
}
// error: E0284 at 3:20
