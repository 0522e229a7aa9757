// A push on a Vec declared without a value is E0381 alone: rustc does not complain about borrowing mutably a binding that never had one.
fn main() {
    let v: Vec<i32>;
    v.push(1);
}
// error: E0381 at 4:5
