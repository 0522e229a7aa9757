// A for_each closure pushing to the Vec being iterated mutably borrows it twice: E0499.
fn main() {
    let mut v = vec![1, 2, 3];
    v.iter_mut().for_each(|x| {
        *x += 1;
        v.push(0);
    });
    println!("{:?}", v);
}
// error: E0499 at 4:27
