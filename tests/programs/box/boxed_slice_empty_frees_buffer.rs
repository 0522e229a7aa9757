// An empty Vec with capacity becomes an empty `Box<[i32]>`: shrink_to_fit frees the buffer and the Box's pointer dangles (no cell).
fn main() {
    let v: Vec<i32> = Vec::with_capacity(4);
    let b = v.into_boxed_slice();
    println!("{:?} {}", b, b.len());
}
// expect: [] 0
