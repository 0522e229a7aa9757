// An out-of-bounds slice index inside a helper: the panic names the helper's line.
fn third(v: &[u8]) -> u8 {
    v[2]
}

fn main() {
    println!("{}", third(&[1, 2, 3]));
    println!("{}", third(&[1]));
}
// expect: 3
// panic: index out of bounds: the len is 1 but the index is 2
// panic-at: 3:5
