// An `i32` constant as an array's length is E0308: the length must be a `usize`.
const N: i32 = 3;
fn main() {
    let a = [0u8; N];
    println!("{:?}", a);
}
// error: E0308 at 4:19
