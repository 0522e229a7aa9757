// A function taking `&mut i32` can change the caller's variable.
fn increment(n: &mut i32) {
    *n += 1;
}

fn main() {
    let mut count = 0;
    increment(&mut count);
    increment(&mut count);
    increment(&mut count);
    println!("count = {}", count);
}
// expect: count = 3
