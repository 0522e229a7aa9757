// A method no integer type has in std (`length`) is rustc's E0599, as before: only names std documents are "not supported yet".
fn main() {
    let n: i64 = 8;
    println!("{}", n.length());
}
// error: E0599 at 4:22
