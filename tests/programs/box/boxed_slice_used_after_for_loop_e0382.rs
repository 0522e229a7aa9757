// A `for` loop over a Box<[T]> by value moves the box: using it after the loop is E0382.
fn main() {
    let b: Box<[i32]> = vec![1, 2].into_boxed_slice();
    for x in b {
        println!("{}", x);
    }
    println!("{}", b.len());
}
// error: E0382 at 7:20
