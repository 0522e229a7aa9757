// A Chunks returned from a function borrows the slice it walks: returning one over a local Vec is E0515.
fn pairs_of(n: i32) -> std::slice::Chunks<'static, i32> {
    let v: Vec<i32> = (0..n).collect();
    v.chunks(2)
}

fn main() {
    for p in pairs_of(5) {
        println!("{:?}", p);
    }
}
// error: E0515 at 4:5
