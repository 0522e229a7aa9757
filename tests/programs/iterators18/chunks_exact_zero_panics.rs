// chunks_exact(0) panics at the call, as std's track_caller assert does.
fn main() {
    let v = [1, 2, 3];
    let e: Vec<&[i32]> = v.chunks_exact(0).collect();
    println!("{:?}", e);
}
// panic: chunk size must be non-zero
// panic-at: 4:28
