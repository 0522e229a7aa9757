// A slice pattern does not match a Vec itself (E0529): the Vec must be sliced first.
fn main() {
    let v = vec![1, 2, 3];
    match v {
        [first, ..] => println!("{first}"),
        _ => {}
    }
}
// error: E0529 at 5:9
