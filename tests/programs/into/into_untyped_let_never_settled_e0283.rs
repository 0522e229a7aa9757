// `let n = x.into();` with nothing after it saying n's type (printing it does not): rustc cannot pick the From impl (E0283 at the pattern).
fn main() {
    let x: u8 = 5;
    let n = x.into();
    println!("{}", n);
}
// error: E0283 at 4:9
