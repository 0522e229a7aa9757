// `|x| x += 1` never called: AddAssign has no Output, so rustc's error is E0283, at the parameter.
fn main() {
    let bump = |mut x| x += 1;
    println!("made a closure");
}
// error: E0283 at 3:17
