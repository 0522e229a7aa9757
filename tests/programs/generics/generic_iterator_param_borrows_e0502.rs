// A kept `v.iter()` passed to a generic function after a push still borrows the Vec, so the push in between is error E0502.
fn count_all<'a, I: Iterator<Item = &'a i32>>(it: I) -> usize {
    it.count()
}

fn main() {
    let mut v = vec![1, 2];
    let it = v.iter();
    v.push(3);
    println!("{}", count_all(it));
}
// error: E0502 at 9:5
