// Moving a Vec into a function while a reference to its element is still used: E0505.
fn consume(v: Vec<i32>) -> usize {
    v.len()
}

fn main() {
    let v = vec![1, 2, 3];
    let first = &v[0];
    let n = consume(v);
    println!("{} {}", first, n);
}
// error: E0505 at 9:21
