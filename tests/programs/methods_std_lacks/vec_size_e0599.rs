// A Vec has `len`, not `size`: error E0599 as rustc reports it, never "not supported yet".
fn main() {
    let v = vec![1, 2, 3];
    println!("{}", v.size());
}
// error: E0599 at 4:22
