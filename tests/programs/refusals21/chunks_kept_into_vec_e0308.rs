// chunks makes an iterator (std::slice::Chunks), not a Vec of slices: annotating it as one is E0308 (collect it).
fn main() {
    let v = vec![1, 2, 3, 4];
    let parts: Vec<&[i32]> = v.chunks(2);
    println!("{:?}", parts);
}
// error: E0308 at 4:30
