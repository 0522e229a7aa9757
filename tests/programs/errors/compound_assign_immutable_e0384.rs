// `+=` is an assignment too, so it needs `let mut`.
fn main() {
    let total = 0;
    total += 1;
    println!("{}", total);
}
// error: E0384 at 4:5
