// A Vec has no Display implementation, so `{}` on it is error E0277; use `{:?}`.
fn main() {
    let v = vec![1, 2];
    println!("{}", v);
}
// error: E0277 at 4:20
// headline: differs: the engine has settled the integer to i32 where rustc still says `{integer}`, or the reverse
