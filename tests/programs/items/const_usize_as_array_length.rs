// A `usize` constant gives an array its length, in a repeat expression and in a type written in a body, as a literal does.
const N: usize = 3;
const M: usize = N * 2;
fn main() {
    let a: [u8; N] = [7; N];
    let b = [0i32; M];
    println!("{:?} {} {}", a, b.len(), std::mem::size_of::<[u16; M]>());
}
// expect: [7, 7, 7] 6 12
