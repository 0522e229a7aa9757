// `v.iter().next()` hands out a reference into the local Vec's buffer: returning it is E0515.
fn first() -> Option<&'static i32> {
    let v = vec![1, 2];
    v.iter().next()
}

fn main() {
    println!("{:?}", first());
}
// error: E0515 at 4:5
