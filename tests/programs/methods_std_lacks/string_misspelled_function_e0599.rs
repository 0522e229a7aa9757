// A String function std does not have (`String::from_utf` for from_utf8) is rustc's E0599 at the name.
fn main() {
    let s = String::from_utf(vec![104]);
    println!("{:?}", s);
}
// error: E0599 at 3:21
