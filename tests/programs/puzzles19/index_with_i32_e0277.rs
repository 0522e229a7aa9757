// Indexing a Vec with an i32 is rejected (E0277: the type [u8] cannot be indexed by i32).
fn main() {
    let v: Vec<u8> = vec![1, 2, 3];
    let i: i32 = 1;
    println!("{}", v[i]);
}
// error: E0277 at 5:22
