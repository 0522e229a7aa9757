// remainder belongs to ChunksExact: on a plain Chunks it is E0599 (no method named `remainder`).
fn main() {
    let data = [1, 2, 3, 4, 5];
    let chunks = data.chunks(2);
    println!("{:?}", chunks.remainder());
}
// error: E0599 at 5:29
