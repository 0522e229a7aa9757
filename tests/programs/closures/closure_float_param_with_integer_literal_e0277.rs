// `|x| x + 1` called with 2.5: once the call says x is a float, `f64 + {integer}` has no impl (E0277 at the `+`).
fn main() {
    let add_one = |x| x + 1;
    println!("{}", add_one(2.5));
}
// error: E0277 at 3:25
